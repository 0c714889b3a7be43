package org.situationmap.domain;

import java.time.LocalDate;

/**
 * Facts about a situation layer as a whole, from the optional {@code "situation"} member of the
 * file. Immutable and thread-safe.
 *
 * @param title a title for captions; {@code null} when not given
 * @param description a longer description; {@code null} when not given
 * @param updated when the data was last updated; {@code null} when not given
 * @param license the data's licence, e.g. "CC BY 4.0"; {@code null} when not given
 * @param extras unknown members of the {@code "situation"} object
 */
public record SituationMeta(
    String title, String description, LocalDate updated, String license, Extras extras) {

  /** Nothing known. */
  public static final SituationMeta EMPTY = new SituationMeta(null, null, null, null, Extras.EMPTY);

  /** Blank texts become {@code null}; a {@code null} extras becomes {@link Extras#EMPTY}. */
  public SituationMeta {
    title = Validation.blankToNull(title);
    description = Validation.blankToNull(description);
    license = Validation.blankToNull(license);
    extras = Validation.extras(extras);
  }

  /** Whether nothing is given (then writers may omit the member). */
  public boolean isEmpty() {
    return title == null
        && description == null
        && updated == null
        && license == null
        && extras.isEmpty();
  }
}
