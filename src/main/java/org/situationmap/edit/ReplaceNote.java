package org.situationmap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.text.Message;

/**
 * Replaces one of a place's notes, keeping its position.
 *
 * @param placeId the place
 * @param index the note's position among the place's notes (file order)
 * @param note the note in its place
 */
public record ReplaceNote(String placeId, int index, Note note) implements Edit {
  /** Checks the arguments. */
  public ReplaceNote {
    Objects.requireNonNull(placeId, "placeId");
    Objects.requireNonNull(note, "note");
  }

  @Override
  public Place apply(Place before) {
    List<Note> notes = new ArrayList<>(before.notes());
    notes.set(index, note);
    return before.withNotes(notes);
  }

  @Override
  public Message name(Place place) {
    return Message.of("edit.replaceNote", "place", place.name());
  }
}
