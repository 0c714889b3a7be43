package org.situationmap.ui.notes;

import org.situationmap.domain.Note;

/**
 * A note as the panel lists it. Immutable.
 *
 * @param note the note
 * @param later whether it is dated after the selected date (shown dimmed, under "Later")
 */
public record NoteItem(Note note, boolean later) {}
