package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.Label;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.map.overlay.OverlayLayer;
import org.situationmap.map.tiles.BasemapKind;
import org.situationmap.map.tiles.OsmTileSource;
import org.situationmap.map.tiles.TileService;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.situationmap.text.Messages;
import org.situationmap.ui.common.ErrorPresenter;
import org.situationmap.ui.common.Settings;
import org.situationmap.ui.export.ExportActions;
import org.situationmap.ui.export.ExportFolder;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * View ▸ Basemap ▸ OpenStreetMap with no network (tests never reach it): the map goes on showing
 * offline tiles and credits them, not OpenStreetMap, on screen, in the exported image (whose pixels
 * are those of the offline export), its metadata and its citation; the status bar says why in
 * words; and the view the person dragged to stays where it was.
 */
@Tag("ui")
class BasemapCreditsUiTest extends FxRobot {
  private static final String OFFLINE = "Natural Earth; GSHHG";
  @TempDir static Path dir;
  private static SituationMapApp app;
  private static InWindow window;
  private static final ExecutorService background = Executors.newSingleThreadExecutor();

  @BeforeAll
  static void start() throws Exception {
    app =
        AppHarness.start(
            SituationMapApp.class,
            "--date=2022-06-26",
            AppHarness.resource("/app/small.geojson").toString());
    AppHarness.waitUntil("the layer is loaded", () -> app.state().getLayer() != null);
    AppHarness.waitUntil("the map is laid out", () -> layer().projection() != null);
    window = InWindow.of(app.view());
  }

  @AfterAll
  static void stop() throws Exception {
    background.shutdownNow();
    FxToolkit.cleanupApplication(app);
  }

  @Test
  void openStreetMapWithoutNetworkCreditsTheOfflineTilesItShowsAndKeepsTheView() throws Exception {
    assertTrue(OsmTileSource.networkDisabled());
    Point2D start = position("kramatorsk");
    Point2D grab = InWindow.centreOf(app.view().mapPane());
    drag(grab).dropTo(grab.add(-70, 45));
    Fx.waitUntil("the map is dragged", () -> position("kramatorsk").distance(start) > 20);
    Point2D dragged = position("kramatorsk");
    Point2D other = position("sievierodonetsk");
    export("offline.png");

    chooseBasemap("#basemap-osm");
    Fx.waitUntil(
        "a new map view shows the layer",
        () -> {
          for (Node n = layer(); n != null; n = n.getParent()) {
            if (n == app.view().mapPane().mapView()) {
              return layer().projection() != null;
            }
          }
          return false;
        });
    Fx.waitUntil(
        "tiles reached the new view", () -> !TileService.current().credits().drawn().isEmpty());
    assertEquals(BasemapKind.OSM, TileService.current().kind());
    assertEquals(Set.of(BasemapKind.OFFLINE), TileService.current().credits().drawn());
    Fx.waitUntil("the offline tiles are credited", () -> OFFLINE.equals(attribution()));
    String status = Fx.call(() -> app.view().statusBar().getMessage());
    assertEquals("Online tiles are switched off; showing offline tiles", status);
    assertFalse(status.contains("null"), status);
    Fx.waitUntil(
        "the view is where it was dragged", () -> position("kramatorsk").distance(dragged) < 0.01);
    assertTrue(position("sievierodonetsk").distance(other) < 0.01, "and at the same zoom");

    export("osm.png");
    assertArrayEquals(pixels("offline.png"), pixels("osm.png"), "tiles, view and caption");
    assertTrue(copyright("osm.png").startsWith("Basemap: " + OFFLINE + ". "), copyright("osm.png"));
    String md = Files.readString(dir.resolve("osm.md"));
    assertTrue(md.contains("\n- Basemap: " + OFFLINE + "\n"), md);
    assertFalse(md.contains("OpenStreetMap"), md);
    assertEquals(0, OsmTileSource.externalRequestCount());

    chooseBasemap("#basemap-offline");
    Fx.waitUntil(
        "offline again",
        () -> TileService.current().kind() == BasemapKind.OFFLINE && OFFLINE.equals(attribution()));
  }

  /** File ▸ Export snapshot… with the dialog's defaults, saved as {@code name}. */
  private void export(String name) {
    Window stage = window.window();
    Messages english = Messages.of(Locale.ENGLISH);
    ExportActions actions =
        new ExportActions(
            app.state(),
            layer(),
            () -> stage,
            app.view().statusBar()::setMessage,
            new ErrorPresenter(stage, english),
            background,
            "test",
            english,
            (chooser, owner) -> dir.resolve(name).toFile(),
            new ExportFolder(Settings.load(dir.resolve("settings.properties")), dir));
    Platform.runLater(actions::exportSnapshot);
    InWindow dialog = window.awaitDialog("export-snapshot-dialog");
    clickOn(InWindow.centreOf(dialog.button(ButtonData.OK_DONE)));
    Fx.waitUntil(
        "the export is saved",
        () -> app.view().statusBar().getMessage().startsWith("Saved " + name));
  }

  /** View ▸ Basemap ▸ the item with this id, clicked as a person would. */
  private void chooseBasemap(String itemId) {
    clickOn(InWindow.centreOf(window.labelled("View")));
    clickOn(InWindow.centreOf(window.labelledInPopup("Basemap")));
    clickOn(InWindow.centreOf(window.nodeInPopup(itemId)));
  }

  private static OverlayLayer layer() {
    return app.mapController().mapLayer();
  }

  private static Point2D position(String id) {
    return Fx.call(() -> layer().positionOf(app.state().getLayer().index().indexOf(id)));
  }

  private static String attribution() {
    return Fx.call(() -> ((Label) app.view().lookup("#attribution")).getText());
  }

  private static int[] pixels(String name) throws Exception {
    BufferedImage img = ImageIO.read(dir.resolve(name).toFile());
    assertEquals(List.of(1600, 1000), List.of(img.getWidth(), img.getHeight()));
    return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
  }

  private static String copyright(String name) throws Exception {
    try (ImageInputStream in = ImageIO.createImageInputStream(dir.resolve(name).toFile())) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      IIOMetadataNode root =
          (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
      var entries = root.getElementsByTagName("tEXtEntry");
      for (int i = 0; i < entries.getLength(); i++) {
        IIOMetadataNode e = (IIOMetadataNode) entries.item(i);
        if (e.getAttribute("keyword").equals("Copyright")) {
          return e.getAttribute("value");
        }
      }
      throw new AssertionError("no Copyright in " + name);
    }
  }
}
