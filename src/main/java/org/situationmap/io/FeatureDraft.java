package org.situationmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.List;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.Extras;
import org.situationmap.domain.GeoPoint;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.domain.PlaceNames;

/** The parts of one feature as read, before its id is settled. Mutable; one per feature. */
final class FeatureDraft {
  final int index;
  final JsonLocation start;
  boolean valid;
  String id;
  JsonLocation idLocation;
  GeoPoint location;
  boolean hasProperties;
  boolean propertiesRead;
  boolean hasName;
  JsonLocation propertiesLocation;
  String name;
  PlaceNames names = PlaceNames.EMPTY;
  PlaceKind kind = PlaceKind.TOWN;
  String admin1;
  Integer population;
  boolean hasControl;
  List<ControlChange> control = List.of();
  List<Note> notes = List.of();
  Extras extras = Extras.EMPTY;
  Extras featureExtras = Extras.EMPTY;

  FeatureDraft(int index, JsonLocation start) {
    this.index = index;
    this.start = start;
  }

  String pointer() {
    return "/features/" + index;
  }

  Place toPlace(String placeId) {
    return new Place(
        placeId,
        name,
        names,
        kind,
        admin1,
        population,
        location,
        control,
        notes,
        extras,
        featureExtras);
  }
}
