package org.situationmap.timeline;

import java.time.LocalDate;

/** Binary searches over sorted epoch-day arrays. */
final class Days {
  private Days() {}

  /**
   * The epoch day of {@code date}, clamped to ±(2^31 - 2) so that extreme query dates (e.g. {@link
   * LocalDate#MAX}) still compare correctly with data dates.
   */
  static int day(LocalDate date) {
    long day = date.toEpochDay();
    return (int) Math.max(Integer.MIN_VALUE + 2L, Math.min(Integer.MAX_VALUE - 1L, day));
  }

  static LocalDate date(int day) {
    return LocalDate.ofEpochDay(day);
  }

  /** The first index in [from, to) whose day is at least {@code day}; {@code to} if none. */
  static int lowerBound(int[] days, int from, int to, int day) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] < day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first index in [from, to) whose day is after {@code day}; {@code to} if none. */
  static int upperBound(int[] days, int from, int to, int day) {
    return lowerBound(days, from, to, day + 1);
  }
}
