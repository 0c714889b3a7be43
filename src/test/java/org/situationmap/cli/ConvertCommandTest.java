package org.situationmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.io.LayerFormats;
import org.situationmap.timeline.TimelineIndex;

/** {@code convert}: formats by extension, problems with positions, exit codes 0, 1 and 2. */
class ConvertCommandTest {
  @TempDir Path dir;
  private final String bundled = Path.of("data", "donbas.geojson").toString();

  @Test
  void geoJsonToCsvAndBackKeepsEveryStatusAtEveryChangeDate() throws Exception {
    Path csv = dir.resolve("donbas.csv");
    Path back = dir.resolve("back.geojson");
    CommandRun toCsv = CommandRun.of(new ConvertCommand(), bundled, csv.toString());
    assertEquals(0, toCsv.exitCode(), toCsv.err());
    assertTrue(toCsv.err().contains("carries no dated notes"), toCsv.err());
    assertTrue(toCsv.out().startsWith("wrote " + csv + " (CSV control sheet): "), toCsv.out());
    CommandRun toJson = CommandRun.of(new ConvertCommand(), csv.toString(), back.toString());
    assertEquals(0, toJson.exitCode(), toJson.err());
    TimelineIndex a =
        TimelineIndex.of(LayerFormats.standard().read(Path.of(bundled)).situation().places());
    TimelineIndex b = TimelineIndex.of(LayerFormats.standard().read(back).situation().places());
    assertEquals(a.size(), b.size());
    for (LocalDate d : a.changeDates()) {
      for (int i = 0; i < a.size(); i++) {
        int j = b.indexOf(a.place(i).id());
        assertEquals(a.statusAt(i, d), b.statusAt(j, d), a.place(i).id() + " on " + d);
      }
    }
  }

  @Test
  void aBadRowIsReportedWithItsLineAndTheRestIsWrittenWithExitOne() throws Exception {
    Path csv = dir.resolve("sheet.csv");
    Files.writeString(
        csv,
        "id,name,lat,lon,date,status,source_publisher,source_date\n"
            + "a,A,48,38,2022-06-01,ukraine,Gov,2022-06-01\n"
            + "b,B,48,38,2022-06-31,russia,MoD,2022-06-31\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out.geojson");
    CommandRun run = CommandRun.of(new ConvertCommand(), csv.toString(), out.toString());
    assertEquals(1, run.exitCode());
    assertTrue(
        run.err().contains("sheet.csv:3: date: '2022-06-31' is not a real calendar date"),
        run.err());
    assertTrue(Files.readString(out).contains("\"id\": \"a\""));
  }

  @Test
  void nothingIsWrittenOverWithoutForceNorForAnUnknownExtension() throws Exception {
    Path out = dir.resolve("exists.csv");
    Files.writeString(out, "keep me");
    CommandRun run = CommandRun.of(new ConvertCommand(), bundled, out.toString());
    assertEquals(2, run.exitCode());
    assertEquals("keep me", Files.readString(out));
    assertEquals(
        0, CommandRun.of(new ConvertCommand(), bundled, out.toString(), "--force").exitCode());
    Path odd = dir.resolve("x.kml2");
    CommandRun unknown = CommandRun.of(new ConvertCommand(), bundled, odd.toString());
    assertEquals(2, unknown.exitCode());
    assertTrue(
        unknown.err().startsWith("situation-map convert: cannot tell the format"), unknown.err());
    assertFalse(Files.exists(odd));
  }
}
