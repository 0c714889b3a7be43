package org.situationmap.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.situationmap.text.Messages;

/**
 * The labels along the activity strip: every year of the period shown (at 1 January, and the first,
 * partial year at the left edge when there is room), written short ("’15") when the full number
 * does not fit; and, zoomed in far enough, every month. Labels are nodes (style classes {@code
 * axis-year}, {@code axis-month}); the faint lines at year and month starts are drawn by the strip
 * through {@link #drawLines}.
 */
final class TimeAxis extends Pane {
  /** Below this many pixels a month, months are not marked. */
  private static final double MONTH_MIN_PX = 30;

  /** Space kept between two labels. */
  private static final double GAP = 4;

  private final Messages text;
  private long from;
  private long to = 1;
  private final List<Double> yearLines = new ArrayList<>();
  private final List<Double> monthLines = new ArrayList<>();

  TimeAxis(Messages text) {
    this.text = text;
    setMouseTransparent(true);
    getStyleClass().add("time-axis");
  }

  void setPeriod(LocalDate first, LocalDate last) {
    from = first.toEpochDay();
    to = Math.max(from + 1, last.toEpochDay());
    requestLayout();
  }

  @Override
  protected void layoutChildren() {
    getChildren().clear();
    yearLines.clear();
    monthLines.clear();
    double w = getWidth();
    if (w <= 0) {
      return;
    }
    double perDay = w / (to - from);
    LocalDate start = LocalDate.ofEpochDay(from);
    LocalDate end = LocalDate.ofEpochDay(to);
    boolean shortYears = 365 * perDay < width(Integer.toString(end.getYear()), "axis-year") + GAP;
    for (int year = start.getYear(); year <= end.getYear(); year++) {
      long day = Math.max(from, LocalDate.of(year, 1, 1).toEpochDay());
      long next = Math.min(to, LocalDate.of(year + 1, 1, 1).toEpochDay());
      double x = (day - from) * perDay;
      if (day > from) {
        yearLines.add(x);
      }
      String label =
          shortYears
              ? text.format("timeline.year.short", "year", year % 100)
              : Integer.toString(year);
      place(label, "axis-year", x, (next - day) * perDay, 0);
    }
    if (30.4 * perDay >= MONTH_MIN_PX) {
      for (LocalDate m = start.withDayOfMonth(1); !m.isAfter(end); m = m.plusMonths(1)) {
        long day = Math.max(from, m.toEpochDay());
        long next = Math.min(to, m.plusMonths(1).toEpochDay());
        double x = (day - from) * perDay;
        if (day > from && m.getMonthValue() != 1) {
          monthLines.add(x);
        }
        place(text.format("timeline.month", "date", m), "axis-month", x, (next - day) * perDay, 11);
      }
    }
  }

  /** Adds a label at {@code x} when it fits in the {@code room} pixels up to the next one. */
  private void place(String label, String styleClass, double x, double room, double y) {
    Label l = label(label, styleClass);
    double w = l.prefWidth(-1);
    if (w + GAP > room) {
      getChildren().remove(l);
    } else {
      l.resizeRelocate(x + 2, y, w, l.prefHeight(-1));
    }
  }

  private double width(String label, String styleClass) {
    Label probe = label(label, styleClass);
    getChildren().remove(probe);
    return probe.prefWidth(-1);
  }

  /** A label added to the axis, styled so that it can be measured. */
  private Label label(String label, String styleClass) {
    Label l = new Label(label);
    l.getStyleClass().addAll("axis-label", styleClass);
    getChildren().add(l);
    l.applyCss();
    return l;
  }

  /** Draws the faint lines at year and month starts, offset by the strip's inset. */
  void drawLines(GraphicsContext gc, double h) {
    gc.setLineWidth(1);
    gc.setStroke(Color.web("#1F2A36", 0.07));
    for (double x : monthLines) {
      gc.strokeLine(ActivityStrip.INSET + x, 12, ActivityStrip.INSET + x, h);
    }
    gc.setStroke(Color.web("#1F2A36", 0.14));
    for (double x : yearLines) {
      gc.strokeLine(ActivityStrip.INSET + x, 0, ActivityStrip.INSET + x, h);
    }
  }
}
