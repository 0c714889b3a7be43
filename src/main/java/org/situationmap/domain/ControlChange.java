package org.situationmap.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * From a date on, who controls a place. The change applies from the start of {@code from} (a
 * calendar date in Kyiv time) until the next change. Immutable and thread-safe.
 *
 * @param from the first day the status holds
 * @param status the status; never {@link ControlStatus#UNKNOWN}, which only describes the time
 *     before a place's first entry
 * @param confidence how firmly this is established; {@code null} when not given
 * @param sources at least one source
 * @param note a short plain-text remark; {@code null} when not given
 * @param extras unknown members of the control entry
 */
public record ControlChange(
    LocalDate from,
    ControlStatus status,
    Confidence confidence,
    List<Source> sources,
    String note,
    Extras extras) {

  /** Validates the arguments and copies {@code sources}. */
  public ControlChange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(status, "status");
    if (status == ControlStatus.UNKNOWN) {
      throw new IllegalArgumentException("a control entry cannot have the status unknown");
    }
    sources = Validation.copyNonEmpty(sources, "sources");
    note = Validation.blankToNull(note);
    extras = Validation.extras(extras);
  }

  /** A control change without note and unknown members. */
  public ControlChange(
      LocalDate from, ControlStatus status, Confidence confidence, List<Source> sources) {
    this(from, status, confidence, sources, null, Extras.EMPTY);
  }

  /** This entry from another date. */
  public ControlChange withFrom(LocalDate newFrom) {
    return new ControlChange(newFrom, status, confidence, sources, note, extras);
  }

  /** This entry with another status. */
  public ControlChange withStatus(ControlStatus newStatus) {
    return new ControlChange(from, newStatus, confidence, sources, note, extras);
  }

  /** This entry with another confidence ({@code null}: not given). */
  public ControlChange withConfidence(Confidence newConfidence) {
    return new ControlChange(from, status, newConfidence, sources, note, extras);
  }

  /** This entry with other sources. */
  public ControlChange withSources(List<Source> newSources) {
    return new ControlChange(from, status, confidence, newSources, note, extras);
  }

  /** This entry with another note ({@code null} or blank: none). */
  public ControlChange withNote(String newNote) {
    return new ControlChange(from, status, confidence, sources, newNote, extras);
  }
}
