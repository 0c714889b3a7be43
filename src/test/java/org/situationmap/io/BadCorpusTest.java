package org.situationmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Place;
import org.situationmap.testing.BadCorpus;
import org.situationmap.testing.BadCorpus.Expectation;
import org.situationmap.testing.BadCorpus.Outcome;
import org.situationmap.timeline.TimelineIndex;

/** Every file of the bad-input corpus through the reader: the outcome, message and position. */
class BadCorpusTest {

  static Stream<Expectation> corpus() {
    return BadCorpus.all().stream();
  }

  @Test
  void theCorpusIsLargeAndCoversEveryOutcome() {
    List<Expectation> all = BadCorpus.all();
    assertTrue(all.size() >= 40, "at least 40 corpus files, found " + all.size());
    for (Outcome outcome : Outcome.values()) {
      assertTrue(all.stream().anyMatch(e -> e.outcome() == outcome), outcome.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void readsAsExpected(Expectation expected) throws Exception {
    String display = expected.file().toString();
    if (expected.outcome() == Outcome.FATAL) {
      SituationReadException e =
          assertThrows(
              SituationReadException.class, () -> new SituationReader().read(expected.file()));
      Problem p = e.problem();
      assertEquals(expected.message(), p.message());
      assertEquals(expected.line(), Fixtures.line(p), "line");
      assertEquals(expected.column(), Fixtures.column(p), "column");
      assertEquals(Severity.FATAL, p.severity());
      assertEquals(expected.formatted(display), e.getMessage());
      return;
    }
    ReadResult result = new SituationReader().read(expected.file());
    List<Problem> errors =
        result.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
    if (expected.outcome() == Outcome.SKIPPED) {
      Set<String> skipped = new TreeSet<>();
      for (Problem p : errors) {
        skipped.add(
            p.featureId() != null
                ? p.featureId()
                : Fixtures.pointer(p).replaceAll("^(/features/\\d+).*", "$1"));
      }
      assertEquals(expected.skipped(), skipped, "skipped features");
      assertEquals(expected.skipped().size(), result.skipped());
      assertEquals(result.featureCount() - result.skipped(), result.situation().places().size());
      Problem first = errors.get(0);
      assertEquals(expected.message(), first.message());
      assertEquals(expected.line(), Fixtures.line(first), "line");
      assertEquals(expected.column(), Fixtures.column(first), "column");
      assertEquals(expected.formatted(display), first.format());
      assertTrue(
          result.situation().places().stream().anyMatch(p -> p.id().equals("lysychansk")),
          "the valid feature still loads");
    } else {
      assertEquals(List.of(), errors);
      assertEquals(expected.loaded(), result.situation().places().size());
      if (expected.message().equals("-")) {
        assertEquals(List.of(), result.problems());
      } else {
        Problem first = result.problems().get(0);
        assertEquals(expected.message(), "warning: " + first.message());
        assertEquals(expected.line(), Fixtures.line(first), "line");
        assertEquals(expected.column(), Fixtures.column(first), "column");
      }
    }
  }

  @Test
  void genericGeoJsonLoadsAsUnknownPlacesWithOneNotice() throws Exception {
    ReadResult result =
        new SituationReader().read(BadCorpus.dir().resolve("generic-points-name-only.geojson"));
    List<Place> places = result.situation().places();
    assertEquals(
        List.of("kramatorsk", "sloviansk", "bakhmut", "pokrovsk"),
        places.stream().map(Place::id).toList());
    TimelineIndex index = TimelineIndex.of(places);
    for (int i = 0; i < index.size(); i++) {
      assertEquals(ControlStatus.UNKNOWN, index.statusAt(i, java.time.LocalDate.of(2022, 6, 1)));
    }
    assertEquals(2, result.count(Severity.WARNING), result.problems().toString());
    assertTrue(result.isValid());
  }
}
