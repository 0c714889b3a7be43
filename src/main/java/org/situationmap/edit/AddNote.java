package org.situationmap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.text.Message;

/**
 * Adds a note after a place's other notes.
 *
 * @param placeId the place
 * @param note the new note
 */
public record AddNote(String placeId, Note note) implements Edit {
  /** Checks the arguments. */
  public AddNote {
    Objects.requireNonNull(placeId, "placeId");
    Objects.requireNonNull(note, "note");
  }

  @Override
  public Place apply(Place before) {
    List<Note> notes = new ArrayList<>(before.notes());
    notes.add(note);
    return before.withNotes(notes);
  }

  @Override
  public Message name(Place place) {
    return Message.of("edit.addNote", "place", place.name());
  }
}
