package org.situationmap.timeline;

import java.util.Objects;
import org.situationmap.domain.Note;

/**
 * A note with the index of its place in a {@link TimelineIndex}, for an event feed across all
 * places. Immutable and thread-safe.
 *
 * @param place index of the place in the {@link TimelineIndex}
 * @param note the note
 */
public record DatedNote(int place, Note note) {

  /** Checks the arguments. */
  public DatedNote {
    if (place < 0) {
      throw new IllegalArgumentException("place index must be at least 0, got " + place);
    }
    Objects.requireNonNull(note, "note");
  }
}
