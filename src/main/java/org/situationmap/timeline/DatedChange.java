package org.situationmap.timeline;

import java.util.Objects;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;

/**
 * A control entry with the index of its place in a {@link TimelineIndex} and the status before it,
 * for an event feed across all places. Immutable and thread-safe.
 *
 * @param place index of the place in the {@link TimelineIndex}
 * @param change the entry
 * @param before the status before it: {@link ControlStatus#UNKNOWN} for the place's first entry
 */
public record DatedChange(int place, ControlChange change, ControlStatus before) {
  /** Checks the arguments. */
  public DatedChange {
    if (place < 0) {
      throw new IllegalArgumentException("place index must be at least 0, got " + place);
    }
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(before, "before");
  }

  /** Whether this is the place's first entry (its history begins: not a change of control). */
  public boolean isFirst() {
    return before == ControlStatus.UNKNOWN;
  }
}
