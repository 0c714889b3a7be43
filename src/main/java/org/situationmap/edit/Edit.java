package org.situationmap.edit;

import org.situationmap.domain.Place;
import org.situationmap.text.Message;

/**
 * One change to a layer's data that can be undone: it changes one place, or adds one. Edits are
 * immutable values; the {@link LayerDocument} applies them and keeps the place before and after for
 * undo and redo.
 */
public sealed interface Edit
    permits AddPlace,
        ChangePlace,
        MovePlace,
        AddControl,
        ReplaceControl,
        RemoveControl,
        AddNote,
        ReplaceNote,
        RemoveNote {
  /** The id of the place it changes or adds. */
  String placeId();

  /**
   * The place after this edit.
   *
   * @param before the place before it; {@code null} for an edit that adds a place
   * @throws EditException when the edit does not fit the place (e.g. a second entry on one day)
   */
  Place apply(Place before) throws EditException;

  /** What it does, for the Edit menu: e.g. "add control change to Bakhmut". */
  Message name(Place place);
}
