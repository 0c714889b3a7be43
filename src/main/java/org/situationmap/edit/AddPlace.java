package org.situationmap.edit;

import org.situationmap.domain.Place;
import org.situationmap.text.Message;

/**
 * Adds a place as the layer's last one.
 *
 * @param place the new place, its location rounded to the precision files keep; its id must not be
 *     in the layer yet
 */
public record AddPlace(Place place) implements Edit {
  /** Checks the argument and rounds the place's location to the precision files keep. */
  public AddPlace {
    place = place.withLocation(Locations.asWritten(place.location()));
  }

  @Override
  public String placeId() {
    return place.id();
  }

  @Override
  public Place apply(Place before) {
    return place;
  }

  @Override
  public Message name(Place p) {
    return Message.of("edit.addPlace", "place", p.name());
  }
}
