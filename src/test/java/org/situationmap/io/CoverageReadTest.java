package org.situationmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.situationmap.domain.Coverage;
import org.situationmap.domain.Situation;

/**
 * {@code situation.coverage}: read in file order wherever the member stands, checked against the
 * places' {@code admin1} values (bad entries are warnings at their position; the rest loads), and
 * written back.
 */
class CoverageReadTest {
  private static final String PLACES =
      """
      "features": [
      {"type": "Feature", "id": "bakhmut", "geometry": {"type": "Point", "coordinates": [38, 48.6]},
       "properties": {"name": "Bakhmut", "admin1": "Donetsk Oblast", "control": []}},
      {"type": "Feature", "id": "luhansk", "geometry": {"type": "Point", "coordinates": [39.3, 48.6]},
       "properties": {"name": "Luhansk", "admin1": "Luhansk Oblast", "control": []}}
      ]""";

  private static Coverage.Oblast oblast(String admin1, String date) {
    return new Coverage.Oblast(admin1, LocalDate.parse(date));
  }

  @Test
  void readsTheDatesByOblastInFileOrderBeforeOrAfterTheFeatures() throws Exception {
    String coverage =
        "\"situation\": {\"title\": \"T\", \"coverage\": "
            + "{\"Luhansk Oblast\": \"2024-05-31\", \"Donetsk Oblast\": \"2025-08-31\"}}";
    Coverage expected =
        new Coverage(
            List.of(
                oblast("Luhansk Oblast", "2024-05-31"), oblast("Donetsk Oblast", "2025-08-31")));
    for (String json :
        List.of(
            "{\"type\": \"FeatureCollection\", " + coverage + ", " + PLACES + "}",
            "{\"type\": \"FeatureCollection\", " + PLACES + ", " + coverage + "}")) {
      ReadResult read = Fixtures.readText(json);
      assertTrue(read.isClean(), () -> read.problems().toString());
      assertEquals(expected, read.situation().meta().coverage());
      assertEquals("T", read.situation().meta().title());
    }
  }

  @Test
  void aBadDateOrAnOblastNoPlaceHasIsAWarningAtItsValueAndTheRestLoads() throws Exception {
    String json =
        "{\"type\": \"FeatureCollection\", \"situation\": {\"coverage\": {\n"
            + "  \"Luhansk Oblast\": \"2024-5-31\",\n"
            + "  \"Donetsk\": \"2025-08-31\",\n"
            + "  \"Donetsk Oblast\": \"2025-08-31\"}},\n"
            + PLACES
            + "}";
    ReadResult read = Fixtures.readText(json);

    assertEquals(2, read.situation().places().size());
    assertEquals(
        new Coverage(List.of(oblast("Donetsk Oblast", "2025-08-31"))),
        read.situation().meta().coverage());
    List<Problem> problems = read.problems();
    assertEquals(2, problems.size(), problems::toString);
    assertEquals(Severity.WARNING, problems.get(0).severity());
    assertEquals("expected a date as YYYY-MM-DD, got '2024-5-31'", problems.get(0).message());
    assertEquals(List.of(2, 21), List.of(Fixtures.line(problems.get(0)), column(problems, 0)));
    assertEquals("/situation/coverage/Luhansk Oblast", Fixtures.pointer(problems.get(0)));
    assertEquals(Severity.WARNING, problems.get(1).severity());
    assertEquals(
        "no place has admin1 'Donetsk'; its coverage date is ignored", problems.get(1).message());
    assertEquals(List.of(3, 14), List.of(Fixtures.line(problems.get(1)), column(problems, 1)));
    assertEquals("/situation/coverage/Donetsk", Fixtures.pointer(problems.get(1)));
  }

  @Test
  void theWriterWritesItAfterTheLicenceAndReadsBackTheSame() throws Exception {
    String json =
        "{\"type\": \"FeatureCollection\", \"situation\": {\"license\": \"CC BY 4.0\", \"coverage\": "
            + "{\"Luhansk Oblast\": \"2024-05-31\"}, \"maintainer\": \"x\"}, "
            + PLACES
            + "}";
    Situation situation = Fixtures.readText(json).situation();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SituationWriter().write(situation, out);
    String written = out.toString(StandardCharsets.UTF_8);

    assertTrue(
        written.contains(
            String.join(
                "\n",
                "    \"license\": \"CC BY 4.0\",",
                "    \"coverage\": {",
                "      \"Luhansk Oblast\": \"2024-05-31\"",
                "    },",
                "    \"maintainer\": \"x\"")),
        written);
    assertEquals(situation, Fixtures.readText(written).situation());
  }

  private static int column(List<Problem> problems, int i) {
    return Fixtures.column(problems.get(i));
  }
}
