package org.situationmap.edit;

import java.time.LocalDate;
import java.util.Objects;
import org.situationmap.domain.Place;
import org.situationmap.text.Message;

/**
 * Removes a place's control entry of one day; refused when it has none on that day.
 *
 * @param placeId the place
 * @param from the day of the entry
 */
public record RemoveControl(String placeId, LocalDate from) implements Edit {
  /** Checks the arguments. */
  public RemoveControl {
    Objects.requireNonNull(placeId, "placeId");
    Objects.requireNonNull(from, "from");
  }

  @Override
  public Place apply(Place before) throws EditException {
    ControlEntries.requireEntry(before, from);
    return before.withControl(ControlEntries.without(before, from));
  }

  @Override
  public Message name(Place place) {
    return Message.of("edit.removeControl", "place", place.name());
  }
}
