package org.situationmap.edit;

import java.util.Objects;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.domain.PlaceNames;
import org.situationmap.text.Message;

/**
 * Sets a place's descriptive fields; its location, control history and notes stay.
 *
 * @param placeId the place
 * @param name its English name
 * @param names its other names
 * @param kind what it is
 * @param admin1 its oblast, {@code null} when not given
 * @param population its pre-war population, {@code null} when not given
 */
public record ChangePlace(
    String placeId,
    String name,
    PlaceNames names,
    PlaceKind kind,
    String admin1,
    Integer population)
    implements Edit {
  /** Checks the arguments that cannot be absent. */
  public ChangePlace {
    Objects.requireNonNull(placeId, "placeId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public Place apply(Place before) {
    return before
        .withName(name)
        .withNames(names)
        .withKind(kind)
        .withAdmin1(admin1)
        .withPopulation(population);
  }

  @Override
  public Message name(Place place) {
    return Message.of("edit.changePlace", "place", place.name());
  }
}
