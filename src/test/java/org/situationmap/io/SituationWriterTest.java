package org.situationmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Extras;
import org.situationmap.domain.GeoPoint;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.domain.PlaceNames;
import org.situationmap.domain.Situation;
import org.situationmap.domain.Source;

class SituationWriterTest {
  @TempDir Path dir;

  private final SituationWriter writer = new SituationWriter();

  @Test
  void readWriteReadGivesEqualDomainObjectsAndKeepsUnknownMembers() throws Exception {
    Situation original = Fixtures.read("valid.geojson").situation();
    Path file = dir.resolve("out.geojson");

    writer.write(original, file);
    ReadResult again = new SituationReader().read(file);

    assertTrue(again.isClean(), () -> again.problems().toString());
    assertEquals(original, again.situation());
    assertEquals(
        "{\"weight\":1.50,\"tags\":[\"a\",\"b\"]}",
        again.situation().places().get(0).extras().get("style"));
    assertEquals(
        "1234567890123456789012", again.situation().places().get(0).extras().get("osm_id"));
  }

  @Test
  void writingTwiceGivesTheSameBytes() throws Exception {
    Situation original = Fixtures.read("valid.geojson").situation();
    Path first = dir.resolve("a.geojson");
    Path second = dir.resolve("b.geojson");

    writer.write(original, first);
    writer.write(new SituationReader().read(first).situation(), second);

    assertEquals(Files.readString(first), Files.readString(second));
  }

  private static Place lysychansk() {
    Source source = new Source("ISW", null, LocalDate.of(2022, 7, 3), "https://isw.org/a");
    return new Place(
        "lysychansk",
        "Lysychansk",
        new PlaceNames("Лисичанськ", null, List.of()),
        PlaceKind.CITY,
        "Luhansk",
        null,
        new GeoPoint(48.9040001234, 38.4034),
        List.of(
            new ControlChange(
                LocalDate.of(2022, 7, 3), ControlStatus.RUSSIA, null, List.of(source))),
        List.of(),
        Extras.of(Map.of("osm", "7")),
        Extras.of(Map.of("bbox", "[1,2]")));
  }

  @Test
  void writesMembersInAFixedOrderWithTwoSpaceIndentAndATrailingNewline() throws Exception {
    Place place = lysychansk();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(new Situation(List.of(place)), out);

    String expected =
        """
        {
          "type": "FeatureCollection",
          "features": [
            {
              "type": "Feature",
              "id": "lysychansk",
              "geometry": {
                "type": "Point",
                "coordinates": [38.4034, 48.904]
              },
              "properties": {
                "name": "Lysychansk",
                "names": {
                  "uk": "Лисичанськ"
                },
                "kind": "city",
                "admin1": "Luhansk",
                "control": [
                  {
                    "from": "2022-07-03",
                    "status": "russia",
                    "sources": [
                      {
                        "publisher": "ISW",
                        "date": "2022-07-03",
                        "url": "https://isw.org/a"
                      }
                    ]
                  }
                ],
                "osm": 7
              },
              "bbox": [
                1,
                2
              ]
            }
          ]
        }
        """;
    assertEquals(expected, out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void featurePerLinePutsEachFeatureOnOneLineAndReadsBackTheSame() throws Exception {
    SituationWriter compact = new SituationWriter(SituationWriter.Layout.FEATURE_PER_LINE);
    Place other =
        new Place(
            "zolote",
            "Zolote",
            PlaceNames.EMPTY,
            PlaceKind.TOWN,
            null,
            null,
            new GeoPoint(48.7, 38.5),
            List.of(),
            List.of(),
            Extras.EMPTY);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    compact.write(new Situation(List.of(lysychansk(), other)), out);

    String expected =
        """
        {
          "type": "FeatureCollection",
          "features": [
            {"type":"Feature","id":"lysychansk","geometry":{"type":"Point","coordinates":[38.4034, 48.904]},\
        "properties":{"name":"Lysychansk","names":{"uk":"Лисичанськ"},"kind":"city","admin1":"Luhansk",\
        "control":[{"from":"2022-07-03","status":"russia","sources":[{"publisher":"ISW","date":"2022-07-03",\
        "url":"https://isw.org/a"}]}],"osm":7},"bbox":[1,2]},
            {"type":"Feature","id":"zolote","geometry":{"type":"Point","coordinates":[38.5, 48.7]},\
        "properties":{"name":"Zolote","kind":"town","control":[]}}
          ]
        }
        """;
    assertEquals(expected, out.toString(StandardCharsets.UTF_8));

    Situation original = Fixtures.read("valid.geojson").situation();
    Path file = dir.resolve("compact.geojson");
    compact.write(original, file);
    assertEquals(original, new SituationReader().read(file).situation());
    assertEquals(
        original.places().size(),
        Files.readAllLines(file).stream()
            .filter(line -> line.startsWith("    {\"type\":\"Feature\""))
            .count(),
        "one line per feature");
  }

  @Test
  void keepsThePreviousFileAsBakAndLeavesNoTemporaryFile() throws Exception {
    Path file = dir.resolve("data.geojson");
    Files.writeString(file, "old content");
    Situation situation = Fixtures.read("valid.geojson").situation();

    writer.write(situation, file);

    assertEquals("old content", Files.readString(dir.resolve("data.geojson.bak")));
    assertEquals(situation, new SituationReader().read(file).situation());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of("data.geojson", "data.geojson.bak"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aNewFileGetsNoBak() throws Exception {
    Path file = dir.resolve("new.geojson");

    writer.write(new Situation(List.of()), file);

    assertFalse(Files.exists(dir.resolve("new.geojson.bak")));
    assertEquals(
        "{\n  \"type\": \"FeatureCollection\",\n  \"features\": []\n}\n", Files.readString(file));
  }

  @ParameterizedTest
  @CsvSource({
    "38.4897, 38.4897",
    "48.0, 48",
    "-0.5, -0.5",
    "0.0000001, 0",
    "1.0E-5, 0.00001",
    "180, 180",
    "37.12345678, 37.123457",
    "-0.0, 0"
  })
  void formatsDegreesWithAtMostSixDecimalsAndNoExponent(double degrees, String expected) {
    assertEquals(expected, SituationWriter.formatDegrees(degrees));
  }
}
