package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.maps.MapView;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.map.tiles.BasemapKind;
import org.situationmap.map.tiles.OsmTileSource;
import org.situationmap.map.tiles.TileService;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.situationmap.testing.MapProbe;
import org.situationmap.testing.Pixels;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real application headless and looks at the map a person would see. Lookups stay in the
 * app's window and its menus, on the FX thread.
 */
@Tag("ui")
class AppUiTest extends FxRobot {
  private static SituationMapApp app;
  private static InWindow window;
  private static final MapProbe probe = new MapProbe();

  @BeforeAll
  static void start() throws Exception {
    app = AppHarness.start(SituationMapApp::new);
    Fx.run(() -> app.view().mapPane().addLayer(probe));
    window = InWindow.of(app.view());
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  @Test
  void mapShowsOfflineSeaAndLand() throws Exception {
    MapView map = app.view().mapPane().mapView();
    Point2D sea = Fx.call(() -> probe.locate(46.75, 37.9));
    Point2D land = Fx.call(() -> probe.locate(48.30, 38.90));
    WaitForAsyncUtils.waitFor(
        Fx.TIMEOUT_SECONDS,
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
    Label attribution = window.node("#attribution", Label.class);
    assertEquals("Natural Earth; GSHHG", Fx.call(attribution::getText));
    assertTrue(Fx.call(attribution::isVisible));
  }

  @Test
  void choosingOpenStreetMapNeverTouchesTheNetworkUnderTest() {
    chooseBasemap("#basemap-osm");
    Fx.waitUntil("OpenStreetMap is chosen", () -> TileService.current().kind() == BasemapKind.OSM);
    Fx.waitUntil(
        "the offline tiles shown instead are credited",
        () ->
            !TileService.current().credits().drawn().isEmpty()
                && "Natural Earth; GSHHG".equals(attributionText()));
    assertTrue(OsmTileSource.networkDisabled());
    assertEquals(0, OsmTileSource.externalRequestCount());
    chooseBasemap("#basemap-offline");
    Fx.waitUntil(
        "the offline attribution shows", () -> "Natural Earth; GSHHG".equals(attributionText()));
    assertEquals(BasemapKind.OFFLINE, TileService.current().kind());
  }

  @Test
  void windowTitleAndStatusBarNameTheLayer() {
    Fx.waitUntil("the bundled layer is loaded", () -> app.state().getLayer() != null);
    String title = Fx.call(() -> app.state().getLayer().situation().meta().title());
    assertEquals("Situation Map — " + title, Fx.call(() -> app.stage().getTitle()));
    String facts = window.text("#status-facts");
    assertTrue(facts.matches("\\d+ places · \\d+ change dates · data 20\\d\\d–20\\d\\d"), facts);
  }

  /** View ▸ Basemap ▸ the item with this id, clicked as a person would. */
  private void chooseBasemap(String itemId) {
    clickOn(InWindow.centreOf(window.labelled("View")));
    clickOn(InWindow.centreOf(window.labelledInPopup("Basemap")));
    clickOn(InWindow.centreOf(window.nodeInPopup(itemId)));
  }

  private static String attributionText() {
    return ((Label) app.view().lookup("#attribution")).getText();
  }
}
