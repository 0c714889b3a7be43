package org.situationmap.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.app.SituationMapApp;
import org.situationmap.map.overlay.OverlayLayer;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.situationmap.testing.Pixels;
import org.situationmap.text.Messages;
import org.situationmap.ui.common.ErrorPresenter;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * File ▸ Export snapshot… on the running app, driven as a person would: the dialog is answered with
 * the mouse, the action builds the request, renders and writes the PNG and its Markdown, and
 * reports in the status bar. Only the system's save dialog is replaced (it needs a desktop): it
 * picks the proposed name in a temporary folder. The "current view" PNG shows the marker where and
 * as the screen does.
 */
@Tag("ui")
class ExportActionsUiTest extends FxRobot {
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
    AppHarness.waitUntil(
        "the map is laid out", () -> app.mapController().mapLayer().projection() != null);
    window = InWindow.of(app.view());
  }

  @AfterAll
  static void stop() throws Exception {
    background.shutdownNow();
    FxToolkit.cleanupApplication(app);
  }

  @Test
  void currentViewExportShowsTheMarkerWhereAndAsTheScreenDoes() throws Exception {
    OverlayLayer places = app.mapController().mapLayer();
    Window stage = window.window();
    List<String> proposed = new ArrayList<>();
    ExportActions actions =
        new ExportActions(
            app.state(),
            places,
            () -> stage,
            app.view().statusBar()::setMessage,
            new ErrorPresenter(stage, Messages.of(Locale.ENGLISH)),
            background,
            "test",
            Messages.of(Locale.ENGLISH),
            (chooser, owner) -> {
              proposed.add(chooser.getInitialFileName());
              return dir.resolve(chooser.getInitialFileName()).toFile();
            });
    Point2D at =
        Fx.call(() -> places.positionOf(app.state().getLayer().index().indexOf("sievierodonetsk")));

    Platform.runLater(actions::exportSnapshot); // the dialog waits for an answer: do not wait here
    InWindow dialog = window.awaitDialog("export-snapshot-dialog");
    for (String include : List.of("Title and date", "Legend with counts", "Scale bar")) {
      clickOn(InWindow.centreOf(dialog.labelled(include)));
    }
    clickOn(InWindow.centreOf(dialog.button(ButtonData.OK_DONE)));
    Fx.waitUntil(
        "the export is saved", () -> app.view().statusBar().getMessage().startsWith("Saved "));

    assertEquals(List.of("small-2022-06-26.png"), Fx.call(() -> List.copyOf(proposed)));
    assertEquals(
        "Saved small-2022-06-26.png and small-2022-06-26.md",
        Fx.call(() -> app.view().statusBar().getMessage()));
    assertTrue(Files.size(dir.resolve("small-2022-06-26.md")) > 0, "the Markdown is written");
    BufferedImage exported = ImageIO.read(dir.resolve("small-2022-06-26.png").toFile());
    Color screen = Pixels.at(Pixels.snapshot(places), at.getX(), at.getY());
    int rgb = exported.getRGB((int) Math.round(at.getX()), (int) Math.round(at.getY()));
    assertTrue(Pixels.near(screen, "#D55E00", 24), "screen shows Russia: " + Pixels.hex(screen));
    assertEquals(
        "#D55E00", Pixels.hex(Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF)));
    assertEquals(
        Fx.call(() -> (int) Math.round(places.getLayoutBounds().getWidth())),
        exported.getWidth(),
        "the current view's width");
  }
}
