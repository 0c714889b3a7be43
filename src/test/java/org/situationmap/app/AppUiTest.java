package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.maps.MapView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.map.tiles.OsmTileSource;
import org.situationmap.map.tiles.TileService;
import org.situationmap.testing.MapProbe;
import org.situationmap.testing.Pixels;
import org.situationmap.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application headless and looks at the map a person would see. */
@Tag("ui")
class AppUiTest extends FxRobot {
  private static SituationMapApp app;
  private static final MapProbe probe = new MapProbe();

  @BeforeAll
  static void start() throws Exception {
    Path settings = Files.createTempDirectory("sm-settings").resolve("settings.properties");
    Files.writeString(settings, "language=en\n");
    System.setProperty(Settings.FILE_PROPERTY, settings.toString());
    Stage stage = FxToolkit.registerPrimaryStage();
    app = (SituationMapApp) FxToolkit.setupApplication(SituationMapApp::new);
    FxToolkit.setupFixture(
        () -> {
          stage.toFront();
          app.view().mapPane().addLayer(probe);
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  @Test
  void mapShowsOfflineSeaAndLand() throws Exception {
    MapView map = app.view().mapPane().mapView();
    Point2D sea = probe.locate(46.75, 37.9);
    Point2D land = probe.locate(48.30, 38.90);
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () -> Pixels.near(Pixels.at(Pixels.snapshot(map), sea.getX(), sea.getY()), "#AAD3DF", 8));
    WritableImage shot = Pixels.snapshot(map);
    Color seaColour = Pixels.at(shot, sea.getX(), sea.getY());
    Color landColour = Pixels.at(shot, land.getX(), land.getY());
    assertTrue(
        Pixels.near(seaColour, "#AAD3DF", 8), "Sea of Azov is water: " + Pixels.hex(seaColour));
    assertTrue(
        Pixels.near(landColour, "#FAF7F0", 8) || Pixels.near(landColour, "#F2EFE9", 8),
        "Donetsk oblast is land: " + Pixels.hex(landColour));
  }

  @Test
  void attributionOfTheOfflineBasemapIsVisible() {
    Label attribution = lookup("#attribution").queryAs(Label.class);
    assertEquals("Natural Earth; GSHHG", attribution.getText());
    assertTrue(attribution.isVisible());
  }

  @Test
  void windowTitleAndStatusBarNameTheLayer() {
    org.situationmap.testing.AppHarness.waitUntil(
        "the bundled layer is loaded", () -> app.state().getLayer() != null);
    String title = app.state().getLayer().situation().meta().title();
    assertEquals("Situation Map — " + title, app.stage().getTitle());
    String facts = lookup("#status-facts").queryAs(Label.class).getText();
    assertTrue(facts.matches("\\d+ places · \\d+ change dates · data 20\\d\\d–20\\d\\d"), facts);
  }

  @Test
  void choosingOpenStreetMapNeverTouchesTheNetworkUnderTest() {
    clickOn("View").clickOn("Basemap").clickOn("#basemap-osm");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        "© OpenStreetMap contributors", lookup("#attribution").queryAs(Label.class).getText());
    assertTrue(OsmTileSource.networkDisabled());
    assertEquals(0, OsmTileSource.externalRequestCount());
    clickOn("View").clickOn("Basemap").clickOn("#basemap-offline");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Natural Earth; GSHHG", lookup("#attribution").queryAs(Label.class).getText());
    assertEquals(org.situationmap.map.tiles.BasemapKind.OFFLINE, TileService.current().kind());
  }
}
