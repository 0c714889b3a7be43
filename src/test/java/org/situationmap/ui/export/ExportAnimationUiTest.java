package org.situationmap.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.app.SituationMapApp;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.situationmap.text.Messages;
import org.situationmap.ui.common.ErrorPresenter;
import org.situationmap.ui.common.Settings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * File ▸ Export animation… on the running app, answered by typing as a person would: the range
 * starts as the eight weeks up to the selected date, typed ISO and long dates are what the GIF is
 * made of, a day that does not exist is named and blocks OK, the frame count and loop length follow
 * the fields, and the file name proposed comes from the range. Only the system's save dialog is
 * replaced (it needs a desktop).
 */
@Tag("ui")
class ExportAnimationUiTest extends FxRobot {
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

  private void retype(InWindow dialog, String selector, String typed) {
    TextField field = dialog.node(selector, TextField.class);
    clickOn(InWindow.centreOf(field));
    // TestFX writes characters into its target window, not where the keyboard focus is
    targetWindow(dialog.window());
    press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
    write(typed);
    Fx.waitUntil(selector + " says " + typed, () -> typed.equals(field.getText()));
  }

  @Test
  void typedDatesMakeTheAnimationWithItsFramesShownBeforehand() throws Exception {
    Window stage = window.window();
    List<String> proposed = new ArrayList<>();
    Messages en = Messages.of(Locale.ENGLISH);
    ExportActions actions =
        new ExportActions(
            app.state(),
            app.mapController().mapLayer(),
            () -> stage,
            app.view().statusBar()::setMessage,
            new ErrorPresenter(stage, en),
            background,
            "test",
            en,
            (chooser, owner) -> {
              proposed.add(chooser.getInitialFileName());
              return dir.resolve(chooser.getInitialFileName()).toFile();
            },
            new ExportFolder(Settings.load(dir.resolve("settings.properties")), dir));

    Platform.runLater(actions::exportAnimation); // the dialog waits for an answer: do not wait here
    InWindow dialog = window.awaitDialog("export-animation-dialog");
    assertEquals("1 May 2022", dialog.text("#animation-from"), "eight weeks before");
    assertEquals("26 Jun 2022", dialog.text("#animation-to"), "the selected date");
    assertEquals(
        "9 frames, 4.0 s per loop; the last shows 26 June 2022.",
        dialog.text("#animation-summary"));

    retype(dialog, "#animation-from", "2022-06-01");
    Fx.waitUntil(
        "the summary follows the start",
        () -> dialog.text("#animation-summary").startsWith("5 frames,"));
    assertEquals(
        "5 frames, 3.0 s per loop; the last shows 26 June 2022.",
        dialog.text("#animation-summary"));

    retype(dialog, "#animation-to", "31 June 2022");
    Fx.waitUntil(
        "the summary names the problem", () -> dialog.text("#animation-summary").startsWith("To:"));
    assertEquals(
        "To: There is no day “31 June 2022” in the calendar.", dialog.text("#animation-summary"));
    Node ok = dialog.button(ButtonData.OK_DONE);
    assertTrue(Fx.call(ok::isDisabled), "no export from a day that does not exist");

    retype(dialog, "#animation-to", "3 July 2022");
    Fx.waitUntil("OK is enabled", () -> !ok.isDisabled());
    assertEquals(
        "6 frames, 3.3 s per loop; the last shows 3 July 2022.", dialog.text("#animation-summary"));
    clickOn(InWindow.centreOf(ok));
    Fx.waitUntil(
        "the animation is saved", () -> app.view().statusBar().getMessage().startsWith("Saved "));

    assertEquals(
        List.of("small-2022-06-01-to-2022-07-03.gif"), Fx.call(() -> List.copyOf(proposed)));
    try (ImageInputStream in =
        ImageIO.createImageInputStream(dir.resolve(proposed.get(0)).toFile())) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      assertEquals(6, reader.getNumImages(true), "a frame a week from 1 June, and 3 July");
      reader.dispose();
    }
    assertFalse(dialog.window().isShowing());
  }
}
