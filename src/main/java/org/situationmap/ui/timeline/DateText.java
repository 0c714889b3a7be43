package org.situationmap.ui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Dates as people read and type them: "25 June 2022", or ISO "2022-06-25". */
public final class DateText {
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

  private DateText() {}

  /** "25 June 2022". */
  public static String format(LocalDate date) {
    return LONG.format(date);
  }

  /** "25 Jun 2022". */
  public static String formatShort(LocalDate date) {
    return SHORT.format(date);
  }

  /** Parses ISO ({@code 2022-06-25}), "25 June 2022" or "25 Jun 2022"; empty when none fits. */
  public static Optional<LocalDate> parse(String text) {
    String t = text == null ? "" : text.trim();
    for (DateTimeFormatter f :
        new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, LONG, SHORT}) {
      try {
        return Optional.of(LocalDate.parse(t, f.withLocale(Locale.ENGLISH)));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
