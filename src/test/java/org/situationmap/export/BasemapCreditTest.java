package org.situationmap.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.layer.Layer;
import org.situationmap.map.tiles.TileFetchException;
import org.situationmap.text.Message;
import org.situationmap.text.Messages;

/**
 * An export on OpenStreetMap credits the tiles it shows: with no online tile at all, the offline
 * basemap alone — in the caption (the image is the offline export's, pixel for pixel), the metadata
 * and the citation; with some online tiles, both.
 */
@Tag("ui")
class BasemapCreditTest {
  private static final String OSM = "© OpenStreetMap contributors";
  private static final String OFFLINE = "Natural Earth; GSHHG";
  private static final OsmTiles.TileFetcher NO_NETWORK =
      (z, x, y) ->
          CompletableFuture.failedFuture(
              new TileFetchException(Message.of("tiles.problem.networkOff"), null));
  @TempDir Path dir;
  private final List<Message> warnings = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void toolkit() throws Exception {
    ExportCli.startToolkit();
  }

  @Test
  void offlineTilesStandingInForEveryOnlineTileAreCreditedAlone() throws Exception {
    Path osm = dir.resolve("osm.png");
    write(new OsmTiles(NO_NETWORK, OfflineTiles.bundled(), warnings::add), osm);
    Path offline = dir.resolve("offline.png");
    write(OfflineTiles.bundled(), offline);

    assertArrayEquals(pixels(offline), pixels(osm), "the same tiles and the same caption");
    String copyright = ExportCommandTest.pngText(osm).get("Copyright");
    assertTrue(copyright.startsWith("Basemap: " + OFFLINE + ". Data: "), copyright);
    String md = Files.readString(SnapshotExporter.markdownPath(osm));
    assertTrue(md.contains("\n- Basemap: " + OFFLINE + "\n"), md);
    assertFalse(md.contains("OpenStreetMap"), md);
    assertEquals(1, warnings.size(), "the first failure is reported, once");
    assertTrue(
        Messages.base().format(warnings.get(0)).contains("(network access is switched off)"),
        Messages.base().format(warnings.get(0)));
  }

  @Test
  void someOnlineTilesAreCreditedWithTheOfflineOnesBesideThem() throws Exception {
    OsmTiles.TileFetcher evenColumns =
        (z, x, y) ->
            x % 2 == 0
                ? CompletableFuture.completedFuture((Image) new WritableImage(256, 256))
                : NO_NETWORK.tile(z, x, y);
    Path mixed = dir.resolve("mixed.png");
    write(new OsmTiles(evenColumns, OfflineTiles.bundled(), warnings::add), mixed);
    String copyright = ExportCommandTest.pngText(mixed).get("Copyright");
    assertTrue(copyright.startsWith("Basemap: " + OSM + "; " + OFFLINE + ". "), copyright);
    String md = Files.readString(SnapshotExporter.markdownPath(mixed));
    assertTrue(md.contains("\n- Basemap: " + OSM + "; " + OFFLINE + "\n"), md);
  }

  @Test
  void onlineTilesAloneAreCreditedToOpenStreetMap() {
    OsmTiles tiles =
        new OsmTiles(
            (z, x, y) -> CompletableFuture.completedFuture(new WritableImage(256, 256)),
            null,
            warnings::add);
    tiles.tile(8, 150, 90, 1);
    assertEquals(OSM, tiles.attribution());
    assertEquals(List.of(), warnings);
  }

  private static void write(TileSupplier tiles, Path png) throws Exception {
    Layer layer = Layer.read(ExportCommandTest.SMALL);
    ExportRequest r =
        new ExportRequest(
            layer,
            LocalDate.of(2022, 6, 26),
            -1,
            Viewport.fit(Viewport.dataBox(layer), 800, 500, ExportOptions.ALL),
            1,
            null,
            ExportOptions.ALL,
            "test",
            Messages.base());
    SnapshotExporter.Rendered image = new SnapshotExporter(tiles).writePng(r, png, false);
    SnapshotExporter.writeMarkdown(r, image, png, SnapshotExporter.markdownPath(png), false);
  }

  private static int[] pixels(Path png) throws Exception {
    BufferedImage img = ImageIO.read(png.toFile());
    return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
  }
}
