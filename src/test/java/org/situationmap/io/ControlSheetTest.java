package org.situationmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Place;
import org.situationmap.domain.Situation;

/**
 * The CSV control sheet: a round trip of the bundled layer, and the sheets people write by hand.
 */
class ControlSheetTest {
  @TempDir Path dir;

  private ReadResult read(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    return new ControlSheetReader().read(file, ReadMonitor.NONE);
  }

  @Test
  void theBundledLayerRoundTripsEverythingASheetCarries() throws Exception {
    Situation original =
        new SituationReader().read(Path.of("data", "donbas.geojson"), ReadMonitor.NONE).situation();
    Path csv = dir.resolve("donbas.csv");
    new ControlSheetWriter().write(original, csv);
    ReadResult back = new ControlSheetReader().read(csv, ReadMonitor.NONE);
    assertEquals(List.of(), back.problems());
    Map<String, Place> byId =
        back.situation().places().stream()
            .collect(Collectors.toMap(Place::id, Function.identity()));
    assertEquals(original.places().size(), byId.size());
    for (Place p : original.places()) {
      Place q = byId.get(p.id());
      assertEquals(p.name(), q.name());
      assertEquals(p.location(), q.location(), p.id());
      assertEquals(p.kind(), q.kind(), p.id());
      assertEquals(p.admin1(), q.admin1(), p.id());
      assertEquals(p.names().uk(), q.names().uk(), p.id());
      assertEquals(p.control(), q.control(), p.id());
      assertTrue(q.notes().isEmpty());
    }
  }

  @Test
  void aHandWrittenSheetWithABomSemicolonsQuotesAndABadRowLoadsItsGoodRows() throws Exception {
    String sheet =
        "\uFEFFid;name;name_uk;lat;lon;admin1;kind;date;status;confidence;note;"
            + "source_publisher;source_title;source_date;source_url\n"
            + "bakhmut;Bakhmut;Бахмут;48.5947;38.0008;Donetsk Oblast;city;2023-05-20;russia;claimed;"
            + "\"Claimed; \"\"fully\"\" taken,\nsays Wagner\";Wagner Group;Statement;2023-05-20;\n"
            + "bakhmut;Bakhmut;Бахмут;48.5947;38.0008;Donetsk Oblast;city;2023-05-20;russia;claimed;"
            + "\"Claimed; \"\"fully\"\" taken,\nsays Wagner\";Reuters;Report;2023-05-21;https://www.reuters.com/x\n"
            + "bad;Bad;;91;38;Donetsk Oblast;town;;;;;;;;\n"
            + "lyman;Lyman;Лиман;48.98;37.80;Donetsk Oblast;town;2022-10-01;ukraine;;;"
            + "Ministry of Defence of Ukraine;Statement;2022-10-01;ftp://x\n"
            + "quiet;Quiet village;;48.1;37.9;Donetsk Oblast;village;;;;;;;;\n";
    ReadResult r = read("sheet.csv", sheet);
    List<String> problems = r.problems().stream().map(Problem::format).toList();
    assertEquals(
        List.of(
            "sheet.csv:6: lat: expected a number from -90 to 90, got '91'",
            "sheet.csv:7: source_url: expected an http or https URL, got 'ftp://x'"),
        problems);
    assertEquals(2, r.skipped());
    Place bakhmut = r.situation().places().get(0);
    assertEquals("Бахмут", bakhmut.names().uk());
    assertEquals(1, bakhmut.control().size(), "two rows of one date make one entry");
    assertEquals(2, bakhmut.control().get(0).sources().size());
    assertEquals("Claimed; \"fully\" taken,\nsays Wagner", bakhmut.control().get(0).note());
    assertEquals(ControlStatus.RUSSIA, bakhmut.control().get(0).status());
    Place quiet = r.situation().places().get(1);
    assertEquals("quiet", quiet.id());
    assertTrue(quiet.control().isEmpty(), "a place with no entries");
  }

  @Test
  void twoRowsOfOneDateThatDisagreeKeepTheFirst() throws Exception {
    ReadResult r =
        read(
            "conflict.csv",
            "id,name,lat,lon,date,status,source_publisher,source_date\n"
                + "x,X,48,38,2022-06-01,ukraine,A,2022-06-01\n"
                + "x,X,48,38,2022-06-01,russia,B,2022-06-02\n");
    assertEquals(
        List.of(
            "conflict.csv:3: the control change of 2022-06-01 has another status, confidence or"
                + " note on line 2; this row is skipped"),
        r.problems().stream().map(Problem::format).toList());
    assertEquals(ControlStatus.UKRAINE, r.situation().places().get(0).control().get(0).status());
  }

  @Test
  void aSheetWithoutTheRequiredColumnsLoadsNothing() {
    SituationReadException e =
        assertThrows(SituationReadException.class, () -> read("x.csv", "name,lat,lon\nX,48,38\n"));
    assertEquals(
        "x.csv:1: the header has no column 'id' (a control sheet needs id, name, lat, lon)",
        e.getMessage());
  }

  @Test
  void aFileThatIsNotUtf8LoadsNothing() throws Exception {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, "id,name,lat,lon\nx,Caf\u00e9,48,38\n".getBytes(StandardCharsets.ISO_8859_1));
    SituationReadException e =
        assertThrows(
            SituationReadException.class,
            () -> new ControlSheetReader().read(file, ReadMonitor.NONE));
    assertEquals("latin1.csv: the file is not UTF-8 text", e.getMessage());
  }
}
