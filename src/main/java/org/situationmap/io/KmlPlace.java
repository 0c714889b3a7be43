package org.situationmap.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.Extras;
import org.situationmap.domain.GeoPoint;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.domain.PlaceNames;

/** The placemarks of one place id, merged: its fields from the first, one entry per date. */
final class KmlPlace {
  private final KmlPlacemark first;
  private final TreeMap<LocalDate, ControlChange> entries = new TreeMap<>();

  KmlPlace(KmlPlacemark first) {
    this.first = first;
  }

  void add(KmlPlacemark m, List<Problem> problems) {
    if (m.status == null) {
      return;
    }
    ControlChange entry =
        new ControlChange(
            m.date, m.status, m.confidence, m.sources, m.data.get(Kml.NOTE), Extras.EMPTY);
    if (entries.putIfAbsent(m.date, entry) != null) {
      problems.add(
          m.problem(
              "another placemark of this place already has an entry on "
                  + m.date
                  + "; this one is not kept",
              Severity.ERROR));
    }
  }

  Place toPlace() {
    PlaceKind kind =
        PlaceKind.fromWord(first.data.getOrDefault(Kml.KIND, "")).orElse(PlaceKind.TOWN);
    String uk = first.data.get(Kml.NAME_UK);
    return new Place(
        first.placeId(),
        first.name,
        uk == null ? PlaceNames.EMPTY : new PlaceNames(uk, null, List.of()),
        kind,
        first.data.get(Kml.ADMIN1),
        null,
        new GeoPoint(first.lat, first.lon),
        new ArrayList<>(entries.values()),
        List.of(),
        Extras.EMPTY);
  }
}
