package org.situationmap.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.io.ReadResult;
import org.situationmap.io.SituationReader;
import org.situationmap.timeline.TimelineIndex;

class SituationGeneratorTest {

  private static byte[] generate(GeneratorSpec spec) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SituationGenerator().write(spec, out);
    return out.toByteArray();
  }

  private static ReadResult read(byte[] bytes) throws Exception {
    return new SituationReader().read(new ByteArrayInputStream(bytes), "generated.geojson");
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() throws Exception {
    GeneratorSpec spec = new GeneratorSpec(300, 4, 900, 42);
    assertArrayEquals(generate(spec), generate(spec));
    assertFalse(
        java.util.Arrays.equals(generate(spec), generate(new GeneratorSpec(300, 4, 900, 43))));
  }

  @Test
  void writesAValidLayerWithTheRequestedCounts() throws Exception {
    ReadResult result = read(generate(new GeneratorSpec(500, 5, 1234, 7)));
    assertTrue(result.isClean(), () -> "problems: " + result.problems());
    assertEquals(500, result.situation().places().size());
    int notes = 0;
    for (Place place : result.situation().places()) {
      assertEquals(5, place.control().size());
      assertTrue(place.location().lon() >= 36 && place.location().lon() <= 41.5);
      assertTrue(place.location().lat() >= 46.6 && place.location().lat() <= 50.5);
      for (Note note : place.notes()) {
        notes++;
        assertTrue(note.text().length() >= 100 && note.text().length() <= 600, note.text());
        assertTrue(note.sources().size() >= 1 && note.sources().size() <= 3);
      }
    }
    assertEquals(1234, notes);
  }

  @Test
  void controlChangesFollowAMovingFront() throws Exception {
    ReadResult result = read(generate(new GeneratorSpec(2000, 3, 0, 3)));
    TimelineIndex index = TimelineIndex.of(result.situation().places());
    int russiaAtStart = count(index, SituationGenerator.START, ControlStatus.RUSSIA);
    int russiaAtEnd = count(index, SituationGenerator.END, ControlStatus.RUSSIA);
    assertTrue(russiaAtStart > 0 && russiaAtStart < index.size(), "a front divides the area");
    assertTrue(russiaAtEnd > russiaAtStart, "the front moves west");
    Set<String> oblasts = new HashSet<>();
    result.situation().places().forEach(p -> oblasts.add(p.admin1()));
    assertEquals(Set.of("Luhansk Oblast", "Donetsk Oblast"), oblasts);
  }

  private static int count(TimelineIndex index, java.time.LocalDate date, ControlStatus status) {
    return index.countsAt(date).get(status);
  }
}
