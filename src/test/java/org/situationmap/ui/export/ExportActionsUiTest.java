package org.situationmap.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ChoiceBox;
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
import org.situationmap.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * File ▸ Export snapshot… on the running app, driven as a person would: the dialog is answered with
 * the mouse, the action builds the request, renders and writes the PNG and its Markdown, and
 * reports in the status bar. Only the system's save dialog is replaced (it needs a desktop): it
 * picks the proposed name in a temporary folder. The "current view" PNG shows the marker where and
 * as the screen does; by default the image is 1600 × 1000, and the save dialog starts in the
 * person's pictures folder, then where the last export went, never in the data's folder.
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
    List<String> proposed = new ArrayList<>();
    ExportActions actions =
        actions(
            (chooser, owner) -> {
              proposed.add(chooser.getInitialFileName());
              return dir.resolve(chooser.getInitialFileName()).toFile();
            },
            Settings.load(dir.resolve("current-view.properties")));
    Point2D at =
        Fx.call(() -> places.positionOf(app.state().getLayer().index().indexOf("sievierodonetsk")));

    Platform.runLater(actions::exportSnapshot); // the dialog waits for an answer: do not wait here
    InWindow dialog = window.awaitDialog("export-snapshot-dialog");
    clickOn(InWindow.centreOf(dialog.node("#export-size", ChoiceBox.class)));
    clickOn(InWindow.centreOf(dialog.labelledInPopup("Current view")));
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

  @Test
  void byDefaultAPrintSizedImageSavedWhereTheLastExportWent() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path pictures = Files.createDirectories(home.resolve("Pictures"));
    Path chosen = Files.createDirectories(dir.resolve("reports"));
    Path settingsFile = dir.resolve("defaults.properties");
    List<Path> startedIn = new ArrayList<>();
    ExportActions.SaveDialog dialog =
        (chooser, owner) -> {
          startedIn.add(chooser.getInitialDirectory().toPath());
          return chosen.resolve("export-" + startedIn.size() + ".png").toFile();
        };
    ExportActions actions =
        actions(dialog, new ExportFolder(Settings.load(settingsFile), home), background);

    exportWithTheDialogsDefaults(actions, "export-1.png");
    BufferedImage image = ImageIO.read(chosen.resolve("export-1.png").toFile());
    assertEquals(1600, image.getWidth(), "the default width, whatever the window's");
    assertEquals(1000, image.getHeight(), "the default height");
    assertTrue(Files.size(chosen.resolve("export-1.md")) > 0, "the Markdown is on by default");

    exportWithTheDialogsDefaults(
        actions(dialog, new ExportFolder(Settings.load(settingsFile), home), background),
        "export-2.png");
    Path dataFolder = app.state().getLayer().file().toAbsolutePath().getParent();
    assertEquals(List.of(pictures, chosen), startedIn);
    assertFalse(startedIn.contains(dataFolder), "never the data's folder");
    assertEquals(
        Optional.of(chosen.toString()), Settings.load(settingsFile).get(ExportFolder.SETTING));
  }

  /** File ▸ Export snapshot…, OK in the dialog as it comes; waits until {@code name} is saved. */
  private void exportWithTheDialogsDefaults(ExportActions actions, String name) {
    Platform.runLater(actions::exportSnapshot);
    InWindow dialog = window.awaitDialog("export-snapshot-dialog");
    clickOn(InWindow.centreOf(dialog.button(ButtonData.OK_DONE)));
    Fx.waitUntil(
        "the export is saved",
        () -> app.view().statusBar().getMessage().startsWith("Saved " + name));
  }

  private ExportActions actions(ExportActions.SaveDialog dialog, Settings settings) {
    return actions(dialog, new ExportFolder(settings, dir), background);
  }

  private static ExportActions actions(
      ExportActions.SaveDialog dialog, ExportFolder folder, ExecutorService background) {
    Window stage = window.window();
    Messages english = Messages.of(Locale.ENGLISH);
    return new ExportActions(
        app.state(),
        app.mapController().mapLayer(),
        () -> stage,
        app.view().statusBar()::setMessage,
        new ErrorPresenter(stage, english),
        background,
        "test",
        english,
        dialog,
        folder);
  }
}
