package org.situationmap.edit;

import java.util.Objects;
import org.situationmap.domain.GeoPoint;
import org.situationmap.domain.Place;
import org.situationmap.text.Message;

/**
 * Puts a place at another location.
 *
 * @param placeId the place
 * @param location where it is, to the precision files keep (rounded so on construction)
 */
public record MovePlace(String placeId, GeoPoint location) implements Edit {
  /** Checks the arguments and rounds the location to the precision files keep. */
  public MovePlace {
    Objects.requireNonNull(placeId, "placeId");
    location = Locations.asWritten(location);
  }

  @Override
  public Place apply(Place before) {
    return before.withLocation(location);
  }

  @Override
  public Message name(Place place) {
    return Message.of("edit.movePlace", "place", place.name());
  }
}
