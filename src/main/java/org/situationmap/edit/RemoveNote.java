package org.situationmap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.text.Message;

/**
 * Removes one of a place's notes.
 *
 * @param placeId the place
 * @param index the note's position among the place's notes (file order)
 */
public record RemoveNote(String placeId, int index) implements Edit {
  /** Checks the arguments. */
  public RemoveNote {
    Objects.requireNonNull(placeId, "placeId");
  }

  @Override
  public Place apply(Place before) {
    List<Note> notes = new ArrayList<>(before.notes());
    notes.remove(index);
    return before.withNotes(notes);
  }

  @Override
  public Message name(Place place) {
    return Message.of("edit.removeNote", "place", place.name());
  }
}
