package org.situationmap.io;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the file format's dates: strict YYYY-MM-DD calendar dates, as the format writes them (the
 * dates people read and type are {@code text.Messages}'s).
 */
final class IsoDates {
  private IsoDates() {}

  /** The date {@code text} names, or {@code null} when it is not a real YYYY-MM-DD date. */
  static LocalDate parse(String text) {
    if (!looksLikeDate(text)) {
      return null;
    }
    try {
      return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The message for a {@code text} that {@link #parse} rejected. */
  static String problem(String text) {
    if (looksLikeDate(text)) {
      return JsonCursor.quote(text) + " is not a real calendar date";
    }
    return "expected a date as YYYY-MM-DD, got " + JsonCursor.quote(text);
  }

  private static boolean looksLikeDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String text, int from, int to) {
    return Integer.parseInt(text, from, to, 10);
  }
}
