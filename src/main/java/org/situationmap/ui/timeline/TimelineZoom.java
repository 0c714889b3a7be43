package org.situationmap.ui.timeline;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The period the timeline shows: the whole data range, or a part of it zoomed into. Zooming keeps
 * the day under the pointer where it is (as far as the bounds allow), never shows less than {@link
 * #MIN_DAYS} days, and never leaves the data's range; the period always holds the selected date (it
 * moves along when the date leaves it). FX thread only (works without a started toolkit).
 */
final class TimelineZoom {
  /** The shortest period shown, in days. */
  static final long MIN_DAYS = 14;

  private final ReadOnlyObjectWrapper<LocalDate> from = new ReadOnlyObjectWrapper<>(this, "from");
  private final ReadOnlyObjectWrapper<LocalDate> to = new ReadOnlyObjectWrapper<>(this, "to");
  private long first;
  private long last;
  private long selected;

  TimelineZoom(LocalDate first, LocalDate last) {
    setBounds(first, last);
  }

  /** The first day shown. */
  ReadOnlyObjectProperty<LocalDate> fromProperty() {
    return from.getReadOnlyProperty();
  }

  /** The last day shown. */
  ReadOnlyObjectProperty<LocalDate> toProperty() {
    return to.getReadOnlyProperty();
  }

  /** The data's range changed: shows all of it. */
  void setBounds(LocalDate firstDate, LocalDate lastDate) {
    first = firstDate.toEpochDay();
    last = Math.max(first, lastDate.toEpochDay());
    selected = Math.max(first, Math.min(last, selected));
    show(first, last);
  }

  /** Whether only part of the range is shown. */
  boolean isZoomed() {
    return from.get().toEpochDay() > first || to.get().toEpochDay() < last;
  }

  /**
   * Zooms by {@code factor} (above 1 zooms in, below 1 out) around the day {@code at} of the
   * period's width from the left, 0 to 1.
   */
  void zoom(double factor, double at) {
    long a = from.get().toEpochDay();
    long b = to.get().toEpochDay();
    double pivot = a + at * (b - a);
    double span = Math.max(MIN_DAYS, Math.min(last - first, (b - a) / factor));
    long newFrom = Math.round(pivot - at * span);
    show(newFrom, newFrom + Math.round(span));
  }

  /** Moves the period by {@code days} (negative: back in time), keeping its length. */
  void pan(long days) {
    show(from.get().toEpochDay() + days, to.get().toEpochDay() + days);
  }

  /** Shows the whole range. */
  void reset() {
    show(first, last);
  }

  /** The selected date is {@code date}: the period moves along when the date leaves it. */
  void follow(LocalDate date) {
    selected = date.toEpochDay();
    show(from.get().toEpochDay(), to.get().toEpochDay());
  }

  /** Shows {@code a} to {@code b}, shifted into the range and onto the selected date. */
  private void show(long a, long b) {
    long span = Math.min(last - first, b - a);
    long start = a;
    if (selected < start) {
      start = selected;
    } else if (selected > start + span) {
      start = selected - span;
    }
    start = Math.max(first, Math.min(last - span, start));
    from.set(LocalDate.ofEpochDay(start));
    to.set(LocalDate.ofEpochDay(start + span));
  }
}
