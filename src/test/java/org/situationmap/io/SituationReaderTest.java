package org.situationmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.situationmap.domain.Confidence;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.domain.Situation;

class SituationReaderTest {

  private static String collection(String features) {
    return "{\"type\": \"FeatureCollection\", \"features\": [\n" + features + "\n]}";
  }

  private static String point(String id, String properties) {
    return "{\"type\": \"Feature\", \"id\": \""
        + id
        + "\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [38, 48]}, \"properties\": "
        + properties
        + "}";
  }

  @Test
  void readsEveryMemberOfTheValidFixture() throws Exception {
    ReadResult result = Fixtures.read("valid.geojson");

    assertTrue(result.isClean(), () -> result.problems().toString());
    Situation situation = result.situation();
    assertEquals("Donbas test layer", situation.meta().title());
    assertEquals(LocalDate.of(2024, 3, 1), situation.meta().updated());
    assertEquals("CC BY 4.0", situation.meta().license());
    assertEquals(4, situation.places().size());

    Place sievierodonetsk = situation.places().get(0);
    assertEquals("sievierodonetsk", sievierodonetsk.id());
    assertEquals("Сєвєродонецьк", sievierodonetsk.names().uk());
    assertEquals(List.of("Severodonetsk"), sievierodonetsk.names().alt());
    assertEquals(PlaceKind.CITY, sievierodonetsk.kind());
    assertEquals("Luhansk", sievierodonetsk.admin1());
    assertEquals(101135, sievierodonetsk.population());
    assertEquals(48.9481, sievierodonetsk.location().lat());
    assertEquals(38.4897, sievierodonetsk.location().lon());
    ControlChange first = sievierodonetsk.control().get(0);
    assertEquals(LocalDate.of(2022, 2, 24), first.from());
    assertEquals(ControlStatus.UKRAINE, first.status());
    assertEquals(Confidence.CONFIRMED, first.confidence());
    assertEquals("https://www.understandingwar.org/", first.sources().get(0).url());
    assertEquals("Street fighting reported.", sievierodonetsk.control().get(1).note());
    assertNull(sievierodonetsk.control().get(1).confidence());
    assertEquals("Withdrawal ordered", sievierodonetsk.notes().get(0).title());
  }

  @Test
  void keepsUnknownMembersAtEveryLevelAsRawJson() throws Exception {
    Situation situation = Fixtures.read("valid.geojson").situation();
    Place place = situation.places().get(0);

    assertEquals("[37.5,48.0,38.6,49.0]", situation.extras().get("bbox"));
    assertEquals(
        "{\"name\":\"tests\",\"contact\":null}", situation.meta().extras().get("maintainer"));
    assertEquals("\"Q157085\"", place.featureExtras().get("wikidata"));
    assertEquals("1234567890123456789012", place.extras().get("osm_id"));
    assertEquals("{\"weight\":1.50,\"tags\":[\"a\",\"b\"]}", place.extras().get("style"));
    assertEquals(List.of("osm_id", "style"), List.copyOf(place.extras().members().keySet()));
    assertEquals("\"Sjewjerodonezk\"", place.names().extras().get("translit"));
    assertEquals("true", place.control().get(1).extras().get("reviewed"));
    assertEquals(
        "\"https://web.archive.org/\"",
        place.control().get(0).sources().get(0).extras().get("archived"));
  }

  @Test
  void loadsPlainGeoJsonWithOnlyNamesAsUnknownPlacesWithOneNoticeEach() throws Exception {
    ReadResult result = Fixtures.read("generic.geojson");

    assertEquals(
        List.of("lysychansk", "kramatorsk", "kramatorsk-2"),
        result.situation().places().stream().map(Place::id).toList());
    assertTrue(result.situation().places().get(1).control().isEmpty());
    assertEquals(PlaceKind.TOWN, result.situation().places().get(1).kind());
    assertEquals(150084, result.situation().places().get(1).population());
    assertTrue(result.isValid());
    assertEquals(0, result.skipped());
    List<String> lines = result.problems().stream().map(Problem::format).toList();
    String file = Fixtures.file("generic.geojson").toString();
    assertEquals(
        List.of(
            file
                + ":6:5: warning: no id in 2 features, the first here; ids were made from their names",
            file
                + ":6:100: warning: no 'control' member in 2 features, the first here;"
                + " their status is unknown at every date"),
        lines);
    assertEquals("kramatorsk", result.problems().get(0).featureId());
  }

  @Test
  void toleratesAByteOrderMarkAndCountsColumnsInCharacters() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] json = "{\"type\": \"Feature\"}".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + json.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(json, 0, bytes, 3, json.length);

    SituationReadException e =
        assertThrows(SituationReadException.class, () -> Fixtures.readBytes(bytes));
    assertEquals(
        "test.geojson:1:10: expected a GeoJSON FeatureCollection, got type 'Feature'",
        e.getMessage());

    ReadResult result =
        Fixtures.readText(
            collection(point("a", "{\"name\": \"Сєвєродонецьк\", \"kind\": \"hamlet\"}")));
    assertEquals(2, Fixtures.line(result.problems().get(0)));
    assertEquals(136, Fixtures.column(result.problems().get(0))); // 149 if counted in bytes
    assertEquals(
        "expected one of city, town, village, site, got 'hamlet'",
        result.problems().get(0).message());
  }

  @Test
  void bomFixtureLoadsWithAltitudeWarningAndKindError() throws Exception {
    ReadResult result = Fixtures.read("bom.geojson");

    assertEquals(
        List.of(
            "2:88 /features/0/geometry/coordinates/2 WARNING the altitude (third coordinate) is not kept",
            "2:146 /features/0/properties/kind ERROR expected one of city, town, village, site, got 'hamlet'"),
        result.problems().stream()
            .map(
                p ->
                    Fixtures.line(p)
                        + ":"
                        + Fixtures.column(p)
                        + " "
                        + Fixtures.pointer(p)
                        + " "
                        + p.severity()
                        + " "
                        + p.message())
            .toList());
    assertEquals(1, result.skipped());
  }

  @Test
  void reportsEveryProblemOfAFeatureNotJustTheFirst() throws Exception {
    String feature =
        "{\"type\": \"Feature\", \"id\": \"x\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [200, -91]},"
            + " \"properties\": {\"control\": [{\"from\": \"2022-6-1\", \"status\": \"unknown\","
            + " \"sources\": [{\"url\": \"https://a.org\"}]}]}}";

    ReadResult result = Fixtures.readText(collection(feature));

    assertEquals(
        List.of(
            "/features/0/geometry/coordinates/0: longitude must be between -180 and 180, got 200",
            "/features/0/geometry/coordinates/1: latitude must be between -90 and 90, got -91",
            "/features/0/properties: a place needs a name",
            "/features/0/properties/control/0/from: expected a date as YYYY-MM-DD, got '2022-6-1'",
            "/features/0/properties/control/0/status: expected one of ukraine, russia, contested,"
                + " got 'unknown'; unknown is never written: it is the status before the first entry",
            "/features/0/properties/control/0/sources/0: a source needs a publisher",
            "/features/0/properties/control/0/sources/0: a source needs a date"),
        result.problems().stream().map(p -> Fixtures.pointer(p) + ": " + p.message()).toList());
    assertTrue(result.problems().stream().allMatch(p -> "x".equals(p.featureId())));
    assertEquals(1, result.skipped());
    assertEquals(0, result.situation().places().size());
  }

  @Test
  void rejectsOtherGeometriesAndMissingParts() throws Exception {
    String polygon =
        "{\"type\": \"Feature\", \"id\": \"p\", \"geometry\": {\"type\": \"Polygon\","
            + " \"coordinates\": [[[38, 48], [39, 48], [38, 49], [38, 48]]]}, \"properties\": {\"name\": \"P\"}}";
    String bare = "{\"id\": \"b\"}";
    String notObject = "\"just text\"";

    ReadResult result = Fixtures.readText(collection(polygon + ",\n" + bare + ",\n" + notObject));

    assertEquals(
        List.of(
            "/features/0/geometry/type: expected geometry type 'Point', got 'Polygon'",
            "/features/1: a feature needs \"type\": \"Feature\"",
            "/features/1: a place needs a Point geometry",
            "/features/1: a place needs properties with a name",
            "/features/2: expected a Feature object, got 'just text'"),
        result.problems().stream().map(p -> Fixtures.pointer(p) + ": " + p.message()).toList());
    assertEquals(3, result.skipped());
  }

  @Test
  void numericIdsLoadWithAWarningAndBadMetaIsIgnoredWithAWarning() throws Exception {
    String json =
        "{\"type\": \"FeatureCollection\", \"situation\": {\"title\": 5, \"updated\": \"yesterday\"},"
            + " \"features\": [{\"type\": \"Feature\", \"id\": 17, \"geometry\": {\"type\": \"Point\","
            + " \"coordinates\": [38, 48]}, \"properties\": {\"name\": \"N\", \"control\": []}}]}";

    ReadResult result = Fixtures.readText(json);

    assertTrue(result.isValid());
    assertEquals("17", result.situation().places().get(0).id());
    assertNull(result.situation().meta().title());
    assertNull(result.situation().meta().updated());
    assertEquals(
        List.of(
            "WARNING /situation/title: expected a string, got 5",
            "WARNING /situation/updated: expected a date as YYYY-MM-DD, got 'yesterday'",
            "WARNING /features/0/id: the id should be a string; using '17'"),
        result.problems().stream()
            .map(p -> p.severity() + " " + Fixtures.pointer(p) + ": " + p.message())
            .toList());
  }

  @Test
  void nestingDeeperThan64IsFatal() {
    String deep = "[".repeat(70) + "]".repeat(70);
    String json = "{\"type\": \"FeatureCollection\", \"features\": [], \"x\": " + deep + "}";

    SituationReadException e =
        assertThrows(SituationReadException.class, () -> Fixtures.readText(json));

    assertEquals(
        "too large: arrays and objects are nested deeper than 64 levels", e.problem().message());
    assertEquals(Severity.FATAL, e.problem().severity());
  }

  @Test
  void bytesThatAreNotUtf8AreFatal() {
    byte[] latin1 =
        "{\"type\": \"FeatureCollection\", \"name\": \"Caf\u00e9\", \"features\": []}"
            .getBytes(StandardCharsets.ISO_8859_1);

    SituationReadException e =
        assertThrows(SituationReadException.class, () -> Fixtures.readBytes(latin1));

    assertEquals(
        "the file is not UTF-8 text: invalid bytes at byte offset 42", e.problem().message());
    assertEquals(1, Fixtures.line(e.problem()));
    assertEquals(43, Fixtures.column(e.problem()), "the column of the first bad byte");
  }

  @Test
  void aMissingFileIsFatalWithoutPosition() {
    Path missing = Path.of("does-not-exist.geojson");

    SituationReadException e =
        assertThrows(SituationReadException.class, () -> new SituationReader().read(missing));

    assertEquals("does-not-exist.geojson: no such file", e.getMessage());
    assertEquals(ProblemLocation.WHOLE_FILE, e.problem().location());
  }
}
