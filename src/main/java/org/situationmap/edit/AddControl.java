package org.situationmap.edit;

import java.util.Objects;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.Place;
import org.situationmap.text.Message;

/**
 * Adds a control entry to a place, in date order; refused when the place has one on that day.
 *
 * @param placeId the place
 * @param entry the new entry
 */
public record AddControl(String placeId, ControlChange entry) implements Edit {
  /** Checks the arguments. */
  public AddControl {
    Objects.requireNonNull(placeId, "placeId");
    Objects.requireNonNull(entry, "entry");
  }

  @Override
  public Place apply(Place before) throws EditException {
    return before.withControl(ControlEntries.put(before, null, entry));
  }

  @Override
  public Message name(Place place) {
    return Message.of("edit.addControl", "place", place.name());
  }
}
