package org.situationmap.ui.common;

import java.time.LocalDate;
import org.situationmap.text.DateReading;
import org.situationmap.text.Messages;

/**
 * A date a person typed, checked as the app reads dates ({@link Messages#readDate}) and against the
 * data's range: the date, or a sentence saying what is wrong with the text. Immutable.
 *
 * @param date the date, or null when the text names none inside the range
 * @param problem what is wrong, for the person; empty when nothing is (or nothing was typed)
 */
public record DateCheck(LocalDate date, String problem) {
  /** The check of nothing typed: no date, nothing to say. */
  public static final DateCheck NONE = new DateCheck(null, "");

  /** The date the hint shows as an example. */
  private static final LocalDate EXAMPLE = LocalDate.of(2022, 6, 25);

  /** "Type a date as 2022-06-25 or 25 June 2022.": the forms a date can be typed in. */
  public static String hint(Messages text) {
    return text.format("date.hint", "iso", EXAMPLE.toString(), "long", text.date(EXAMPLE));
  }

  /** "e.g. 2022-06-25": a short hint for an empty field. */
  public static String prompt(Messages text) {
    return text.format("date.prompt", "iso", EXAMPLE.toString());
  }

  /** Whether the text names a date inside the range. */
  public boolean ok() {
    return date != null;
  }

  /**
   * Checks {@code typed}; {@code first} and {@code last} bound the dates accepted (null for no
   * bound). Messages in the language of {@code text}.
   */
  public static DateCheck of(String typed, LocalDate first, LocalDate last, Messages text) {
    DateReading reading = text.readDate(typed);
    String shown = typed == null ? "" : typed.strip();
    return switch (reading.kind()) {
      case EMPTY -> NONE;
      case UNREADABLE ->
          new DateCheck(
              null, text.format("date.problem.unreadable", "typed", shown, "hint", hint(text)));
      case NO_SUCH_DAY ->
          new DateCheck(null, text.format("date.problem.noSuchDay", "typed", shown));
      case DATE -> inRange(reading.date(), first, last, text);
    };
  }

  private static DateCheck inRange(LocalDate d, LocalDate first, LocalDate last, Messages text) {
    if (first != null && d.isBefore(first)) {
      return new DateCheck(
          null,
          text.format("date.problem.before", "date", text.date(d), "first", text.date(first)));
    }
    if (last != null && d.isAfter(last)) {
      return new DateCheck(
          null, text.format("date.problem.after", "date", text.date(d), "last", text.date(last)));
    }
    return new DateCheck(d, "");
  }
}
