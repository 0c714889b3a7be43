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
 * @param coverage up to which date each oblast was checked ({@link Coverage#NONE} when not given)
 * @param extras unknown members of the {@code "situation"} object
 */
public record SituationMeta(
    String title,
    String description,
    LocalDate updated,
    String license,
    Coverage coverage,
    Extras extras) {

  /** Nothing known. */
  public static final SituationMeta EMPTY = new SituationMeta(null, null, null, null, Extras.EMPTY);

  /**
   * Blank texts become {@code null}; a {@code null} coverage becomes {@link Coverage#NONE}, a
   * {@code null} extras {@link Extras#EMPTY}.
   */
  public SituationMeta {
    title = Validation.blankToNull(title);
    description = Validation.blankToNull(description);
    license = Validation.blankToNull(license);
    coverage = coverage == null ? Coverage.NONE : coverage;
    extras = Validation.extras(extras);
  }

  /** Facts without coverage. */
  public SituationMeta(
      String title, String description, LocalDate updated, String license, Extras extras) {
    this(title, description, updated, license, Coverage.NONE, extras);
  }

  /** The same facts with another coverage. */
  public SituationMeta withCoverage(Coverage newCoverage) {
    return new SituationMeta(title, description, updated, license, newCoverage, extras);
  }

  /** Whether nothing is given (then writers may omit the member). */
  public boolean isEmpty() {
    return title == null
        && description == null
        && updated == null
        && license == null
        && coverage.isEmpty()
        && extras.isEmpty();
  }
}
