package org.situationmap.text;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a typed date turned out to be ({@link Messages#readDate}): a date, or why it is none.
 * Immutable.
 *
 * @param kind what the text was
 * @param date the date, when {@code kind} is {@link Kind#DATE}; otherwise null
 */
public record DateReading(Kind kind, LocalDate date) {
  /** What a typed text was. */
  public enum Kind {
    /** A real date. */
    DATE,
    /** Nothing but white space. */
    EMPTY,
    /** Written as a date, but no such day exists ("31 June 2022", "2022-02-30"). */
    NO_SUCH_DAY,
    /** Not written as a date at all. */
    UNREADABLE
  }

  /** Checks that a date comes with {@link Kind#DATE} and only with it. */
  public DateReading {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.DATE) != (date != null)) {
      throw new IllegalArgumentException(kind + " with date " + date);
    }
  }

  /** The date, if the text named one. */
  public Optional<LocalDate> asDate() {
    return Optional.ofNullable(date);
  }
}
