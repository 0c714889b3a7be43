package org.situationmap.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineZoomTest {
  private static final LocalDate FIRST = LocalDate.of(2014, 4, 6);
  private static final LocalDate LAST = LocalDate.of(2026, 6, 22);
  private final TimelineZoom zoom = new TimelineZoom(FIRST, LAST);

  private long from() {
    return zoom.fromProperty().get().toEpochDay();
  }

  private long to() {
    return zoom.toProperty().get().toEpochDay();
  }

  private double dayAt(double fraction) {
    return from() + fraction * (to() - from());
  }

  @Test
  void zoomingKeepsTheDayUnderThePointer() {
    zoom.follow(LocalDate.of(2022, 1, 20));
    double before = dayAt(0.64);
    for (int i = 0; i < 8; i++) {
      zoom.zoom(1.25, 0.64);
      assertEquals(before, dayAt(0.64), 1.0, "after notch " + (i + 1));
    }
    assertTrue(zoom.isZoomed());
    assertEquals((LAST.toEpochDay() - FIRST.toEpochDay()) / Math.pow(1.25, 8), to() - from(), 2);
  }

  @Test
  void neverCloserThanTwoWeeksNorWiderThanTheData() {
    zoom.follow(LocalDate.of(2022, 6, 13));
    for (int i = 0; i < 100; i++) {
      zoom.zoom(2, 0.5);
    }
    assertEquals(TimelineZoom.MIN_DAYS, to() - from());
    for (int i = 0; i < 100; i++) {
      zoom.zoom(0.5, 0.1);
    }
    assertEquals(FIRST, zoom.fromProperty().get());
    assertEquals(LAST, zoom.toProperty().get());
    assertFalse(zoom.isZoomed());
  }

  @Test
  void thePeriodAlwaysHoldsTheSelectedDate() {
    zoom.follow(LocalDate.of(2022, 6, 13));
    zoom.zoom(10, 0.5);
    zoom.follow(LocalDate.of(2024, 1, 1));
    assertEquals(LocalDate.of(2024, 1, 1), zoom.toProperty().get(), "moved along to the date");
    zoom.pan(-5000);
    assertEquals(LocalDate.of(2024, 1, 1), zoom.toProperty().get(), "panning keeps the date");
    zoom.pan(5000);
    assertEquals(LocalDate.of(2024, 1, 1), zoom.fromProperty().get());
    zoom.reset();
    assertEquals(FIRST, zoom.fromProperty().get());
    assertEquals(LAST, zoom.toProperty().get());
  }
}
