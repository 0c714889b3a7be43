package org.situationmap.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Extras;
import org.situationmap.domain.GeoPoint;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.domain.PlaceNames;
import org.situationmap.domain.Source;

/**
 * What counts as a change for halos and "changed within": a new status, never a history that begins
 * (a place's first entry) nor an entry that restates the status before it.
 */
class ChangeHaloTest {
  private static final Source SRC = new Source("Test", "Fixture", LocalDate.of(2022, 1, 1), null);

  private static ControlChange entry(String from, ControlStatus status) {
    return new ControlChange(LocalDate.parse(from), status, null, List.of(SRC), null, Extras.EMPTY);
  }

  private static Place place(String id, ControlChange... control) {
    return new Place(
        id,
        id,
        PlaceNames.EMPTY,
        PlaceKind.VILLAGE,
        "Donetsk Oblast",
        null,
        new GeoPoint(48, 38),
        List.of(control),
        List.of(),
        Extras.EMPTY);
  }

  private final TimelineIndex index =
      TimelineIndex.of(
          List.of(
              place("begins", entry("2022-06-01", ControlStatus.RUSSIA)),
              place(
                  "changes",
                  entry("2015-01-01", ControlStatus.UKRAINE),
                  entry("2022-06-02", ControlStatus.RUSSIA)),
              place(
                  "restates",
                  entry("2015-01-01", ControlStatus.UKRAINE),
                  entry("2022-06-03", ControlStatus.UKRAINE))));

  @Test
  void onlyANewStatusIsAChange() {
    LocalDate date = LocalDate.of(2022, 6, 5);
    assertFalse(index.changedWithin(0, date, 7), "a first entry is no change");
    assertTrue(index.changedWithin(1, date, 7));
    assertFalse(index.changedWithin(2, date, 7), "a restatement is no change");
    BitSet halos = new BitSet();
    index.changedWithin(date, 7, halos);
    assertEquals(BitSet.valueOf(new long[] {0b010}), halos);
  }
}
