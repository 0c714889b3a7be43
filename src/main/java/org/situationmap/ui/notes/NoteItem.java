package org.situationmap.ui.notes;

import org.situationmap.domain.Note;

/**
 * A note as the panel lists it. Immutable.
 *
 * @param note the note
 * @param later whether it is dated after the selected date (shown dimmed, under "Later")
 * @param site the name of the nearby site the note belongs to, or {@code null} for the place itself
 */
public record NoteItem(Note note, boolean later, String site) {
  /** A note of the place itself. */
  public NoteItem(Note note, boolean later) {
    this(note, later, null);
  }
}
