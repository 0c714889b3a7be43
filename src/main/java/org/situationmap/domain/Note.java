package org.situationmap.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A dated, sourced remark about a place, shown in its event feed. Plain text, never HTML. Immutable
 * and thread-safe.
 *
 * @param date the day it refers to
 * @param title a short heading; {@code null} when not given
 * @param text the text; required, not blank
 * @param sources at least one source
 * @param extras unknown members of the note object
 */
public record Note(LocalDate date, String title, String text, List<Source> sources, Extras extras) {

  /** Validates the arguments and copies {@code sources}. */
  public Note {
    Objects.requireNonNull(date, "date");
    title = Validation.blankToNull(title);
    Validation.requireText(text, "text");
    sources = Validation.copyNonEmpty(sources, "sources");
    extras = Validation.extras(extras);
  }

  /** A note without unknown members. */
  public Note(LocalDate date, String title, String text, List<Source> sources) {
    this(date, title, text, sources, Extras.EMPTY);
  }

  /** This note on another date. */
  public Note withDate(LocalDate newDate) {
    return new Note(newDate, title, text, sources, extras);
  }

  /** This note with another title ({@code null} or blank: none). */
  public Note withTitle(String newTitle) {
    return new Note(date, newTitle, text, sources, extras);
  }

  /** This note with another text. */
  public Note withText(String newText) {
    return new Note(date, title, newText, sources, extras);
  }

  /** This note with other sources. */
  public Note withSources(List<Source> newSources) {
    return new Note(date, title, text, newSources, extras);
  }
}
