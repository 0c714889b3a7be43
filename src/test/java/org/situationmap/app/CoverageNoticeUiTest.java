package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.layer.BundledLayer;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.situationmap.testing.MapViews;
import org.situationmap.ui.main.MapPane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The real app on the bundled layer (Donetsk Oblast checked to 24 September 2025, Luhansk Oblast to
 * 26 February 2026): over the map, a notice names each oblast with a place in view whose coverage
 * ended before the date, and follows the date and the view.
 */
@Tag("ui")
class CoverageNoticeUiTest extends FxRobot {
  private static final String LUHANSK =
      "Luhansk Oblast checked to 26 February 2026; later changes may be missing";
  private static final String DONETSK =
      "Donetsk Oblast checked to 24 September 2025; later changes may be missing";
  private static SituationMapApp app;
  private static InWindow window;

  @BeforeAll
  static void start() throws Exception {
    app = AppHarness.start(SituationMapApp.class, "--date=2025-10-13");
    AppHarness.waitUntil("the bundled layer is loaded", () -> app.state().getLayer() != null);
    window = InWindow.of(app.view());
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  private static void show(double lat, double lon, double zoom, String date) {
    MapViews.show(app.view().mapPane(), app.mapController().mapLayer(), lat, lon, zoom);
    Fx.run(() -> app.state().setDate(LocalDate.parse(date)));
  }

  private static void showBothOblasts(String date) {
    show(
        MapPane.DONBAS_CENTRE.getLatitude(),
        MapPane.DONBAS_CENTRE.getLongitude(),
        MapPane.DONBAS_ZOOM,
        date);
  }

  /** Waits until the notice says {@code text} ("" for hidden). */
  private static void awaitNotice(String text) {
    Label notice = window.node("#coverage-notice", Label.class);
    Fx.waitUntil(
        "the notice says '" + text + "'",
        () ->
            text.isEmpty()
                ? !notice.isVisible()
                : notice.isVisible() && text.equals(notice.getText()));
  }

  @Test
  void theAppOpensTheBundledLayerFromItsResources() {
    assertEquals(
        BundledLayer.standard().file().orElseThrow(), Fx.call(() -> app.state().getLayer().file()));
  }

  @Test
  void aDateAfterAnOblastsCoverageShowsANoticeOverTheMap() {
    showBothOblasts("2025-10-13");
    awaitNotice(DONETSK);
    Bounds notice = Fx.call(() -> boundsOnScreen("#coverage-notice"));
    Bounds map = Fx.call(() -> boundsOnScreen("#map"));
    assertTrue(map.contains(notice), "over the map: " + notice + " in " + map);

    showBothOblasts("2025-09-24");
    awaitNotice("");
    showBothOblasts("2026-03-01");
    awaitNotice(DONETSK + "\n" + LUHANSK);
  }

  @Test
  void onlyOblastsWithAPlaceInViewCount() {
    showBothOblasts("2025-10-13");
    awaitNotice(DONETSK);
    show(48.57, 39.31, 10, "2025-10-13"); // the city of Luhansk: Luhansk Oblast only
    awaitNotice("");
    show(48.57, 39.31, 10, "2026-03-01");
    awaitNotice(LUHANSK);
    show(47.10, 37.55, 10, "2025-10-13"); // Mariupol
    awaitNotice(DONETSK);
  }

  private static Bounds boundsOnScreen(String selector) {
    var node = app.view().lookup(selector);
    return node.localToScreen(node.getBoundsInLocal());
  }
}
