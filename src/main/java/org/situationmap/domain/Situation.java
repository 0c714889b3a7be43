package org.situationmap.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A situation layer: places with their control history, plus facts about the layer. Immutable and
 * thread-safe.
 *
 * @param meta facts about the layer ({@link SituationMeta#EMPTY} when none)
 * @param places places in file order, ids unique
 * @param extras unknown members of the top-level FeatureCollection (e.g. {@code bbox})
 */
public record Situation(SituationMeta meta, List<Place> places, Extras extras) {

  /** Copies {@code places} and checks that ids are unique. */
  public Situation {
    meta = meta == null ? SituationMeta.EMPTY : meta;
    places = List.copyOf(Objects.requireNonNull(places, "places"));
    Set<String> ids = new HashSet<>();
    for (Place place : places) {
      if (!ids.add(place.id())) {
        throw new IllegalArgumentException("duplicate place id '" + place.id() + "'");
      }
    }
    extras = extras == null ? Extras.EMPTY : extras;
  }

  /** A situation without meta data and unknown members. */
  public Situation(List<Place> places) {
    this(SituationMeta.EMPTY, places, Extras.EMPTY);
  }
}
