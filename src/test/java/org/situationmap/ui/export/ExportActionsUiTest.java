package org.situationmap.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.concurrent.Executors;
import javafx.geometry.Point2D;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.app.SituationMapApp;
import org.situationmap.export.ExportOptions;
import org.situationmap.export.ExportRequest;
import org.situationmap.export.SnapshotExporter;
import org.situationmap.export.Viewport;
import org.situationmap.layer.Layer;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Pixels;
import org.situationmap.ui.common.ErrorPresenter;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The "current view" export draws what the screen shows, with the same renderer. */
@Tag("ui")
class ExportActionsUiTest extends FxRobot {
  private static SituationMapApp app;

  @BeforeAll
  static void start() throws Exception {
    app =
        AppHarness.start(
            SituationMapApp.class,
            "--date=2022-06-26",
            AppHarness.resource("/app/small.geojson").toString());
    AppHarness.waitUntil("the layer is loaded", () -> app.state().getLayer() != null);
    AppHarness.waitUntil(
        "the map is laid out", () -> app.mapController().mapLayer().projection() != null);
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  @Test
  void currentViewExportShowsTheMarkerWhereAndAsTheScreenDoes() throws Exception {
    var placeLayer = app.mapController().mapLayer();
    ExportActions actions =
        new ExportActions(
            app.state(),
            placeLayer,
            () -> null,
            app.view().statusBar()::setMessage,
            new ErrorPresenter(null),
            Executors.newSingleThreadExecutor(),
            "test");
    Layer loaded = app.state().getLayer();
    int i = loaded.index().indexOf("sievierodonetsk");
    Viewport[] view = new Viewport[1];
    Point2D[] at = new Point2D[1];
    interact(
        () -> {
          view[0] = actions.currentView();
          at[0] = placeLayer.positionOf(i);
        });
    ExportRequest request =
        new ExportRequest(
            loaded,
            app.state().getDate(),
            -1,
            view[0],
            1,
            null,
            new ExportOptions(false, false, false, true),
            "test");
    BufferedImage exported = new SnapshotExporter(AppTiles.offline()).render(request).image();
    Color screen = Pixels.at(Pixels.snapshot(placeLayer), at[0].getX(), at[0].getY());
    int rgb = exported.getRGB((int) Math.round(at[0].getX()), (int) Math.round(at[0].getY()));
    assertTrue(Pixels.near(screen, "#D55E00", 24), "screen shows Russia: " + Pixels.hex(screen));
    assertEquals(
        "#D55E00", Pixels.hex(Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF)));
  }
}
