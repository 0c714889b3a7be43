package org.situationmap.io;

import java.time.LocalDate;

/**
 * The dates of one read, one instance per day: a table by epoch day for 1990–2049 (anything else
 * through {@link Canonical}), and a table by the date's text so that a date written as YYYY-MM-DD
 * is found from the parser's characters without making a string or parsing it. Not thread-safe: one
 * per read.
 */
final class DateTable {
  private static final long DATE_CACHE_FIRST = LocalDate.of(1990, 1, 1).toEpochDay();
  private static final int DATE_CACHE_DAYS = 60 * 366;
  private static final int DATE_TABLE_YEARS = 60;

  private final LocalDate[] dates = new LocalDate[DATE_CACHE_DAYS];
  private final LocalDate[] byText = new LocalDate[DATE_TABLE_YEARS * 12 * 31];
  private final Canonical canonical;

  DateTable(Canonical canonical) {
    this.canonical = canonical;
  }

  /**
   * The date written as the 10 characters at {@code offset} when it is a real date from 1990 to
   * 2049 (those are kept in a table, one instance each), else null: the caller parses the text.
   */
  LocalDate fromText(char[] c, int offset) {
    if (c[offset + 4] != '-' || c[offset + 7] != '-') {
      return null;
    }
    int year = digits(c, offset, 4);
    int month = digits(c, offset + 5, 2);
    int day = digits(c, offset + 8, 2);
    if (year < 1990
        || year >= 1990 + DATE_TABLE_YEARS
        || month < 1
        || month > 12
        || day < 1
        || day > 31) {
      return null;
    }
    int slot = ((year - 1990) * 12 + month - 1) * 31 + day - 1;
    LocalDate known = byText[slot];
    if (known == null) {
      LocalDate parsed = IsoDates.parse(new String(c, offset, 10));
      if (parsed != null) {
        known = shared(parsed);
        byText[slot] = known;
      }
    }
    return known;
  }

  /** The value of {@code count} decimal digits at {@code offset}, or -1000000 if not digits. */
  private static int digits(char[] c, int offset, int count) {
    int value = 0;
    for (int i = offset; i < offset + count; i++) {
      int d = c[i] - '0';
      if (d < 0 || d > 9) {
        return -1_000_000;
      }
      value = value * 10 + d;
    }
    return value;
  }

  /** The one instance of {@code date} in this read (null stays null). */
  LocalDate shared(LocalDate date) {
    if (date == null) {
      return null;
    }
    long slot = date.toEpochDay() - DATE_CACHE_FIRST;
    if (slot < 0 || slot >= DATE_CACHE_DAYS) {
      return canonical.of(date);
    }
    LocalDate known = dates[(int) slot];
    if (known == null) {
      dates[(int) slot] = date;
      return date;
    }
    return known;
  }
}
