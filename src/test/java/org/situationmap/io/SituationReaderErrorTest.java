package org.situationmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.situationmap.domain.Place;

/** One malformed fixture per error case, each with the exact position and message expected. */
class SituationReaderErrorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          wrong-types.geojson      | 7 | 29  | /features/1/properties/name                      | expected a string, got 42
          bad-coordinates.geojson  | 6 | 97  | /features/1/geometry/coordinates/1               | latitude must be between -90 and 90, got 95.5
          duplicate-ids.geojson    | 6 | 31  | /features/1/id                                   | duplicate id 'lysychansk'; first used at line 4
          unsorted-control.geojson | 9 | 17  | /features/1/properties/control/1/from            | control entries must be in date order: 2022-03-01 comes before the previous entry's 2022-05-08
          same-day-control.geojson | 9 | 17  | /features/1/properties/control/1/from            | two control entries on 2022-05-08: a place has one status per day
          unknown-status.geojson   | 8 | 41  | /features/1/properties/control/0/status          | expected one of ukraine, russia, contested, got 'rusia'
          bad-date.geojson         | 8 | 17  | /features/1/properties/control/0/from            | '2022-02-30' is not a real calendar date
          missing-sources.geojson  | 8 | 8   | /features/1/properties/control/0                 | a control entry needs at least one source
          non-http-url.geojson     | 8 | 111 | /features/1/properties/notes/0/sources/0/url     | expected an http or https URL, got 'ftp://example.org/x'
          """)
  void reportsTheErrorAndLoadsTheValidFeature(
      String fixture, int line, int column, String pointer, String message) throws Exception {
    ReadResult result = Fixtures.read(fixture);

    assertEquals(1, result.problems().size(), () -> result.problems().toString());
    Problem problem = result.problems().get(0);
    assertEquals(message, problem.message());
    assertEquals(line, Fixtures.line(problem), "line");
    assertEquals(column, Fixtures.column(problem), "column");
    assertEquals(pointer, Fixtures.pointer(problem));
    assertEquals(Severity.ERROR, problem.severity());
    assertEquals(
        Fixtures.file(fixture) + ":" + line + ":" + column + ": " + message, problem.format());
    // Partial load: the valid first feature is there, the invalid one is skipped.
    assertEquals(
        List.of("lysychansk"), result.situation().places().stream().map(Place::id).toList());
    assertEquals(1, result.skipped());
    assertEquals(2, result.featureCount());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          malformed-json.geojson         | 7 | 6  | /features/1/geometry | not valid JSON: unexpected character ('"'): was expecting comma to separate Object entries
          not-feature-collection.geojson | 2 | 11 | /type                | expected a GeoJSON FeatureCollection, got type 'Feature'
          duplicate-key.geojson          | 2 | 38 | /features/0/id       | not valid JSON: duplicate member 'id'
          """)
  void failsAsAWholeWhenNotAFeatureCollection(
      String fixture, int line, int column, String pointer, String message) {
    SituationReadException e =
        assertThrows(SituationReadException.class, () -> Fixtures.read(fixture));

    Problem problem = e.problem();
    assertEquals(message, problem.message());
    assertEquals(line, Fixtures.line(problem), "line");
    assertEquals(column, Fixtures.column(problem), "column");
    assertEquals(pointer, Fixtures.pointer(problem));
    assertEquals(Severity.FATAL, problem.severity());
    assertEquals(
        Fixtures.file(fixture) + ":" + line + ":" + column + ": " + message, e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          empty file            | ''                                            | 1 | 1  | the file is empty; expected a GeoJSON FeatureCollection
          array root            | '[1, 2]'                                      | 1 | 1  | expected a GeoJSON FeatureCollection object, got an array
          no type               | '{"features": []}'                            | 1 | 1  | not a GeoJSON FeatureCollection: there is no "type" member
          no features           | '{"type": "FeatureCollection"}'               | 1 | 1  | a FeatureCollection needs a "features" array
          features not an array | '{"type": "FeatureCollection", "features": 3}' | 1 | 43 | expected "features" to be an array, got 3
          NaN                   | '{"type": "FeatureCollection", "features": [NaN]}' | 1 | 47 | not valid JSON: 'NaN' is not a JSON number
          trailing content      | '{"type": "FeatureCollection", "features": []} {}' | 1 | 47 | unexpected content after the FeatureCollection
          """)
  void inlineFatalCases(String name, String json, int line, int column, String message) {
    SituationReadException e =
        assertThrows(SituationReadException.class, () -> Fixtures.readText(json));

    assertEquals(message, e.problem().message(), name);
    assertEquals(
        line + ":" + column, Fixtures.line(e.problem()) + ":" + Fixtures.column(e.problem()), name);
    assertEquals(1, e.getMessage().lines().count(), "one plain line, no stack trace");
  }
}
