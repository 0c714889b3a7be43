package org.situationmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusCommandTest {
  private final String valid = CommandRun.resource("/io/valid.geojson").toString();

  @Test
  void csvMatchesTheExpectedFixture() throws Exception {
    CommandRun run = CommandRun.of(new StatusCommand(), valid, "--date", "2022-06-25");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        Files.readString(CommandRun.resource("/cli/valid-status-2022-06-25.csv")), run.out());
    assertEquals("", run.err());
  }

  @Test
  void jsonHasTheSameFields() {
    CommandRun run =
        CommandRun.of(new StatusCommand(), valid, "--date", "2022-06-24", "--format", "json");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        """
        [
          {"id": "avdiivka-coke", "name": "Avdiivka Coke Plant", "lat": 48.1506, "lon": 37.7447, \
        "status": "ukraine", "since": "2022-02-24"},
          {"id": "bakhmut", "name": "Bakhmut", "lat": 48.5947, "lon": 38.0025, \
        "status": "ukraine", "since": "2022-02-24"},
          {"id": "sievierodonetsk", "name": "Sievierodonetsk", "lat": 48.9481, "lon": 38.4897, \
        "status": "contested", "since": "2022-05-30"},
          {"id": "zolote-3", "name": "Zolote-3, \\"Stepove\\"", "lat": 48.7, "lon": 38.5, \
        "status": "unknown", "since": null}
        ]
        """,
        run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-13-01", "2022-02-30", "25.06.2022", "tomorrow"})
  void aBadDateExitsOneWithOneLine(String date) {
    CommandRun run = CommandRun.of(new StatusCommand(), valid, "--date", date);

    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertEquals(
        "status: invalid --date '" + date + "': expected a real calendar date as YYYY-MM-DD\n",
        run.err());
  }

  @Test
  void aBadFormatExitsOne() {
    CommandRun run =
        CommandRun.of(new StatusCommand(), valid, "--date", "2022-06-25", "--format", "xml");

    assertEquals(1, run.exitCode());
    assertEquals("status: invalid --format 'xml': expected csv or json\n", run.err());
  }

  @Test
  void anUnreadableFileExitsTwo() {
    String file = CommandRun.resource("/io/not-feature-collection.geojson").toString();

    CommandRun run = CommandRun.of(new StatusCommand(), file, "--date", "2022-06-25");

    assertEquals(2, run.exitCode());
    assertEquals(
        file + ":2:11: expected a GeoJSON FeatureCollection, got type 'Feature'\n", run.err());
  }

  @Test
  void skippedFeaturesAreMentionedOnStderrAndTheRestIsPrinted() {
    String file = CommandRun.resource("/io/bad-date.geojson").toString();

    CommandRun run = CommandRun.of(new StatusCommand(), file, "--date", "2022-07-03");

    assertEquals(0, run.exitCode());
    assertEquals(
        "id,name,lat,lon,status,since\nlysychansk,Lysychansk,48.904,38.4034,russia,2022-07-03\n",
        run.out());
    assertEquals(
        file + ": 1 feature skipped because of errors; run validate for details\n", run.err());
  }
}
