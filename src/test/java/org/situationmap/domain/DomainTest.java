package org.situationmap.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainTest {
  private static final Source SOURCE = new Source("ISW", "", LocalDate.of(2022, 1, 1), " ");

  @ParameterizedTest
  @CsvSource({"ukraine, UKRAINE", "russia, RUSSIA", "contested, CONTESTED", "unknown, UNKNOWN"})
  void statusWordsRoundTrip(String word, ControlStatus status) {
    assertEquals(word, status.word());
    assertEquals(Optional.of(status), ControlStatus.fromWord(word));
  }

  @ParameterizedTest
  @CsvSource({"Ukraine", "RUSSIA", "' russia'", "rusia", "''"})
  void onlyExactLowercaseWordsMatch(String word) {
    assertEquals(Optional.empty(), ControlStatus.fromWord(word));
  }

  @Test
  void otherEnumsUseTheirWordsToo() {
    assertEquals(Optional.of(Confidence.ASSESSED), Confidence.fromWord("assessed"));
    assertEquals(Optional.of(PlaceKind.SITE), PlaceKind.fromWord("site"));
    assertEquals(Optional.empty(), PlaceKind.fromWord(null));
  }

  @ParameterizedTest
  @CsvSource({"90.5, 0", "-91, 0", "0, 180.1", "0, -181", "NaN, 0", "0, Infinity"})
  void geoPointRejectsOutOfRange(double lat, double lon) {
    assertThrows(IllegalArgumentException.class, () -> new GeoPoint(lat, lon));
  }

  @Test
  void blankOptionalTextsBecomeNull() {
    assertNull(SOURCE.title());
    assertNull(SOURCE.url());
    assertEquals(Extras.EMPTY, SOURCE.extras());
  }

  @Test
  void sourcesNeedAPublisherAndAnHttpUrl() {
    LocalDate day = LocalDate.of(2022, 1, 1);
    assertThrows(IllegalArgumentException.class, () -> new Source(" ", null, day, null));
    assertThrows(
        IllegalArgumentException.class, () -> new Source("X", null, day, "ftp://example.org"));
    assertThrows(IllegalArgumentException.class, () -> new Source("X", null, day, "https://"));
    assertEquals("HTTPS://example.org", new Source("X", null, day, "HTTPS://example.org").url());
  }

  @Test
  void controlChangesNeedSourcesAndAKnownStatus() {
    LocalDate day = LocalDate.of(2022, 1, 1);
    assertThrows(
        IllegalArgumentException.class,
        () -> new ControlChange(day, ControlStatus.RUSSIA, null, List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ControlChange(day, ControlStatus.UNKNOWN, null, List.of(SOURCE)));
  }

  @Test
  void placeCopiesItsListsAndRequiresIncreasingDates() {
    List<ControlChange> control = new ArrayList<>();
    control.add(
        new ControlChange(LocalDate.of(2022, 1, 2), ControlStatus.RUSSIA, null, List.of(SOURCE)));
    Place place = new Place("a", "A", PlaceKind.TOWN, new GeoPoint(48, 38), control, List.of());
    control.add(0, control.get(0));

    assertEquals(1, place.control().size());
    assertThrows(UnsupportedOperationException.class, () -> place.control().clear());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Place("a", "A", PlaceKind.TOWN, new GeoPoint(48, 38), control, List.of()));
  }

  @Test
  void situationRejectsDuplicateIds() {
    Place a = new Place("a", "A", PlaceKind.TOWN, new GeoPoint(48, 38), List.of(), List.of());
    assertThrows(IllegalArgumentException.class, () -> new Situation(List.of(a, a)));
  }

  @Test
  void extrasKeepFileOrderAndAreUnmodifiable() {
    Map<String, String> members = new LinkedHashMap<>();
    members.put("z", "1");
    members.put("a", "[2]");
    Extras extras = Extras.of(members);
    members.put("b", "3");

    assertEquals(List.of("z", "a"), List.copyOf(extras.members().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> extras.members().put("c", "4"));
    assertEquals(Extras.EMPTY, Extras.of(Map.of()));
  }
}
