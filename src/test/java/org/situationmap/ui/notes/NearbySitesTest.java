package org.situationmap.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.GeoPoint;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.domain.Source;
import org.situationmap.text.Messages;
import org.situationmap.timeline.TimelineIndex;

class NearbySitesTest {
  private static final Messages EN = Messages.of(java.util.Locale.ENGLISH);
  private static final Source SRC = new Source("Test", "Fixture", LocalDate.of(2022, 6, 1), null);

  private static Place place(String id, PlaceKind kind, double lat, double lon, Note... notes) {
    return new Place(
        id,
        id,
        kind,
        new GeoPoint(lat, lon),
        List.of(
            new ControlChange(
                LocalDate.of(2022, 2, 24), ControlStatus.UKRAINE, null, List.of(SRC))),
        List.of(notes));
  }

  private static Note note(String date, String text) {
    return new Note(LocalDate.parse(date), null, text, List.of(SRC));
  }

  @Test
  void aTownShowsTheNotesOfSitesInAndAroundItMarkedWithTheSite() {
    TimelineIndex index =
        TimelineIndex.of(
            List.of(
                place("city", PlaceKind.CITY, 48.944, 38.488, note("2022-06-12", "city note")),
                place("plant", PlaceKind.SITE, 48.942, 38.473, note("2022-06-13", "plant note")),
                place("far-site", PlaceKind.SITE, 48.60, 38.00, note("2022-06-13", "far note"))));
    PlaceDetails d = PlaceDetails.of(index, 0, LocalDate.of(2022, 6, 30), EN);
    assertEquals(
        List.of("plant note", "city note"), d.notes().stream().map(n -> n.note().text()).toList());
    assertEquals("plant", d.notes().get(0).site());
    assertEquals(null, d.notes().get(1).site());
  }

  @Test
  void aSiteShowsOnlyItsOwnNotes() {
    TimelineIndex index =
        TimelineIndex.of(
            List.of(
                place("city", PlaceKind.CITY, 48.944, 38.488, note("2022-06-12", "city note")),
                place("plant", PlaceKind.SITE, 48.942, 38.473, note("2022-06-13", "plant note"))));
    PlaceDetails d = PlaceDetails.of(index, 1, LocalDate.of(2022, 6, 30), EN);
    assertEquals(List.of("plant note"), d.notes().stream().map(n -> n.note().text()).toList());
  }

  @Test
  void distanceIsGreatCircle() {
    double km = NearbySites.km(new GeoPoint(48.944, 38.488), new GeoPoint(48.912, 38.421));
    assertTrue(km > 5.5 && km < 6.5, "Sievierodonetsk to Lysychansk centres, about 6 km: " + km);
  }
}
