package org.situationmap.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.situationmap.generate.SituationGenerator;
import org.situationmap.timeline.TimelineIndex;

/** Asserts that two timeline indexes answer every query alike, on random dates and places. */
final class IndexAgreement {
  private IndexAgreement() {}

  static void assertAgree(TimelineIndex expected, TimelineIndex actual, SplittableRandom random) {
    int n = expected.size();
    assertEquals(n, actual.size());
    assertEquals(expected.places(), actual.places());
    assertEquals(expected.changeDates(), actual.changeDates());
    assertEquals(expected.firstDate(), actual.firstDate());
    assertEquals(expected.lastDate(), actual.lastDate());
    byte[] a = new byte[n];
    byte[] b = new byte[n];
    LocalDate previous = date(random);
    byte[] moved = new byte[n];
    actual.statusesAt(previous, moved);
    for (int k = 0; k < 20; k++) {
      LocalDate date = date(random);
      expected.statusesAt(date, a);
      actual.statusesAt(date, b);
      assertArrayEquals(a, b, () -> "statuses on " + date);
      actual.moveStatuses(previous, date, moved);
      assertArrayEquals(a, moved, () -> "statuses moved to " + date);
      previous = date;
      assertEquals(expected.countsAt(date), actual.countsAt(date));
      assertEquals(expected.nextChange(date), actual.nextChange(date));
      assertEquals(expected.previousChange(date), actual.previousChange(date));
      LocalDate to = date.plusDays(random.nextInt(60));
      assertEquals(expected.notesBetween(date, to), actual.notesBetween(date, to));
      assertEquals(expected.changesBetween(date, to), actual.changesBetween(date, to));
      BitSet x = new BitSet();
      BitSet y = new BitSet();
      expected.changedWithin(to, 30, x);
      actual.changedWithin(to, 30, y);
      assertEquals(x, y);
      int place = random.nextInt(n);
      assertEquals(expected.notesUpTo(place, date), actual.notesUpTo(place, date));
      assertEquals(expected.since(place, date), actual.since(place, date));
      assertEquals(expected.nextChange(place, date), actual.nextChange(place, date));
      assertEquals(expected.previousChange(place, date), actual.previousChange(place, date));
      assertEquals(expected.changedWithin(place, to, 30), actual.changedWithin(place, to, 30));
      assertEquals(place, actual.indexOf(expected.place(place).id()));
    }
  }

  private static LocalDate date(SplittableRandom random) {
    return SituationGenerator.START.plusDays(random.nextInt(-30, 3100));
  }
}
