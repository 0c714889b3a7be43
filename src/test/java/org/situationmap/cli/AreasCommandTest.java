package org.situationmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.situationmap.io.basemap.Basemap;
import org.situationmap.zones.BasemapLand;
import org.situationmap.zones.LandRegion;

/** {@code areas}: km² per oblast and status at a date, headless, and the zones as GeoJSON. */
class AreasCommandTest {
  private static final Path LAYER = Path.of("data", "donbas.geojson");

  @Test
  void printsEveryOblastAndStatusAddingUpToTheLand() throws Exception {
    CommandRun run = CommandRun.of(new AreasCommand(), LAYER.toString(), "--date", "2022-06-13");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(AreasCommand.HEADER, lines.get(0));
    assertEquals(9, lines.size(), run.out());
    Map<String, Double> byOblast = new HashMap<>();
    Map<String, Double> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split(",");
      byOblast.merge(cols[0], Double.parseDouble(cols[2]), Double::sum);
      rows.put(cols[0] + "/" + cols[1], Double.parseDouble(cols[2]));
    }
    for (LandRegion region : BasemapLand.regions(Basemap.loadBundled())) {
      assertEquals(region.km2(), byOblast.get(region.name()), 1.0, region.name());
    }
    // Mid-June 2022 both oblasts were split: part held by Russia, part by Ukraine.
    assertTrue(rows.get("Luhansk Oblast/russia") > rows.get("Luhansk Oblast/ukraine"), run.out());
    assertTrue(rows.get("Donetsk Oblast/ukraine") > 1000, run.out());
    assertTrue(
        rows.get("Luhansk Oblast/contested") > 0, "Sievierodonetsk was contested: " + run.out());
  }

  @Test
  void writesTheZonesAsGeoJsonAndRefusesToOverwriteWithoutForce(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("zones.geojson");
    CommandRun run =
        CommandRun.of(
            new AreasCommand(), LAYER.toString(), "--date", "2023-06-01", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = new ObjectMapper().readTree(out.toFile());
    assertEquals("FeatureCollection", root.get("type").asText());
    double csvRussia = 0;
    for (String line : run.out().lines().skip(1).toList()) {
      if (line.contains(",russia,")) {
        csvRussia += Double.parseDouble(line.split(",")[2]);
      }
    }
    double fileRussia = 0;
    for (JsonNode f : root.get("features")) {
      JsonNode props = f.get("properties");
      assertEquals("nearest-place", props.get("method").asText());
      assertTrue(
          List.of("ukraine", "russia", "contested", "unknown")
              .contains(props.get("status").asText()));
      assertTrue(props.get("oblast").asText().endsWith("Oblast"));
      if (props.get("status").asText().equals("russia")) {
        fileRussia += props.get("area_km2").asDouble();
      }
      assertEquals("MultiPolygon", f.get("geometry").get("type").asText());
      for (JsonNode polygon : f.get("geometry").get("coordinates")) {
        JsonNode shell = polygon.get(0);
        Coordinate[] ring = new Coordinate[shell.size()];
        for (int i = 0; i < ring.length; i++) {
          ring[i] = new Coordinate(shell.get(i).get(0).asDouble(), shell.get(i).get(1).asDouble());
        }
        assertEquals(ring[0], ring[ring.length - 1], "closed ring");
        assertTrue(Orientation.isCCWArea(ring), "RFC 7946: outer rings counter-clockwise");
      }
    }
    assertEquals(csvRussia, fileRussia, 0.2);

    byte[] before = Files.readAllBytes(out);
    CommandRun again =
        CommandRun.of(
            new AreasCommand(), LAYER.toString(), "--date", "2015-06-01", "--out", out.toString());
    assertEquals(1, again.exitCode());
    assertTrue(again.err().contains("exists; use --force"), again.err());
    org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(out));

    CommandRun forced =
        CommandRun.of(
            new AreasCommand(),
            LAYER.toString(),
            "--date",
            "2015-06-01",
            "--out",
            out.toString(),
            "--force");
    assertEquals(0, forced.exitCode(), forced.err());
    assertTrue(!java.util.Arrays.equals(before, Files.readAllBytes(out)), "replaced");
  }

  @Test
  void badArgumentsExitOneAndAMissingFileTwo(@TempDir Path dir) {
    CommandRun badDate =
        CommandRun.of(new AreasCommand(), LAYER.toString(), "--date", "2022-06-31");
    assertEquals(1, badDate.exitCode());
    CommandRun badCap =
        CommandRun.of(
            new AreasCommand(), LAYER.toString(), "--date", "2022-06-01", "--cap-km", "0");
    assertEquals(1, badCap.exitCode());
    assertTrue(badCap.err().contains("--cap-km"), badCap.err());
    CommandRun missing =
        CommandRun.of(
            new AreasCommand(), dir.resolve("none.geojson").toString(), "--date", "2022-06-01");
    assertEquals(2, missing.exitCode(), missing.err());
    assertTrue(missing.err().startsWith("situation-map areas: "), missing.err());
  }
}
