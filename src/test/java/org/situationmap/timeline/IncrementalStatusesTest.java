package org.situationmap.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.situationmap.generate.GeneratorSpec;
import org.situationmap.generate.SituationGenerator;
import org.situationmap.io.SituationReader;

/**
 * The incremental sweep gives exactly what per-place binary search gives, for any pair of dates.
 */
class IncrementalStatusesTest {
  private static TimelineIndex index;

  @BeforeAll
  static void load() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SituationGenerator().write(new GeneratorSpec(3000, 6, 0, 11), out);
    index =
        TimelineIndex.of(
            new SituationReader()
                .read(new ByteArrayInputStream(out.toByteArray()), "g")
                .situation()
                .places());
  }

  @Test
  void movingBetweenRandomDatesMatchesBinarySearch() {
    SplittableRandom random = new SplittableRandom(1);
    LocalDate first = SituationGenerator.START.minusDays(30);
    int span = (int) (SituationGenerator.END.toEpochDay() - first.toEpochDay()) + 60;
    byte[] moved = new byte[index.size()];
    byte[] expected = new byte[index.size()];
    LocalDate date = first;
    index.statusesAt(date, moved);
    for (int step = 0; step < 300; step++) {
      LocalDate next =
          step % 3 == 0
              ? first.plusDays(random.nextInt(span))
              : date.plusDays(random.nextInt(-10, 11));
      index.moveStatuses(date, next, moved);
      index.statusesAt(next, expected);
      assertArrayEquals(expected, moved, "from " + date + " to " + next);
      date = next;
    }
  }

  @Test
  void haloSetMatchesPerPlaceCheck() {
    for (LocalDate d = SituationGenerator.START;
        d.isBefore(SituationGenerator.END);
        d = d.plusDays(17)) {
      BitSet bits = new BitSet();
      index.changedWithin(d, 7, bits);
      for (int i = 0; i < index.size(); i++) {
        assertEquals(index.changedWithin(i, d, 7), bits.get(i), "place " + i + " on " + d);
      }
    }
  }
}
