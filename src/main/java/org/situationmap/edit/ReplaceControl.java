package org.situationmap.edit;

import java.time.LocalDate;
import java.util.Objects;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.Place;
import org.situationmap.text.Message;

/**
 * Replaces a place's control entry of one day by another (which may have another day); refused when
 * the place has no entry on {@code from}, or another one on the new entry's day.
 *
 * @param placeId the place
 * @param from the day of the entry replaced
 * @param entry the entry in its place
 */
public record ReplaceControl(String placeId, LocalDate from, ControlChange entry) implements Edit {
  /** Checks the arguments. */
  public ReplaceControl {
    Objects.requireNonNull(placeId, "placeId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(entry, "entry");
  }

  @Override
  public Place apply(Place before) throws EditException {
    ControlEntries.requireEntry(before, from);
    return before.withControl(ControlEntries.put(before, from, entry));
  }

  @Override
  public Message name(Place place) {
    return Message.of("edit.replaceControl", "place", place.name());
  }
}
