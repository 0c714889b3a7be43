package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.layer.Layer;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.BadCorpus;
import org.situationmap.testing.BadCorpus.Expectation;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Every file of the bad-input corpus opened in the running app, one after another: a fatal file
 * shows "Could not open" with the positioned problem and keeps the previous layer; a partial one
 * loads and lists the skipped features' problems; a loaded one says its notice in the status bar.
 */
@Tag("ui")
class BadCorpusUiTest extends FxRobot {
  private static SituationMapApp app;
  private static InWindow window;

  @BeforeAll
  static void start() throws Exception {
    app =
        AppHarness.start(
            SituationMapApp.class, AppHarness.resource("/app/small.geojson").toString());
    AppHarness.waitUntil("the layer is loaded", () -> app.state().getLayer() != null);
    window = InWindow.of(app.view());
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  @Test
  void everyCorpusFileOpensOrFailsAsExpectedAndAFailureKeepsTheLayer() {
    List<String> failures = new ArrayList<>();
    for (Expectation expected : BadCorpus.all()) {
      try {
        check(expected);
      } catch (AssertionError e) {
        failures.add(expected.name() + ": " + e.getMessage());
        closeDialogs();
      }
    }
    assertEquals(List.of(), failures);
  }

  private void check(Expectation expected) {
    Path file = expected.file();
    String name = file.getFileName().toString();
    Layer before =
        Fx.call(
            () -> {
              Layer shown = app.state().getLayer();
              app.files().open(file);
              return shown;
            });
    switch (expected.outcome()) {
      case FATAL -> {
        window.awaitDialog("error-dialog");
        Seen seen = seenAndClosed();
        assertEquals("Could not open " + name, seen.header());
        assertEquals(expected.formatted(file.toString()), seen.details());
        assertFalse(seen.explanation().contains("Exception"), "no stack trace");
        assertSame(before, seen.layer(), "the previous layer stays loaded");
        assertEquals(
            "Could not open " + name + "; the previous layer is still shown", seen.status());
      }
      case SKIPPED -> {
        window.awaitDialog("error-dialog");
        Seen seen = seenAndClosed();
        assertEquals("Some features were skipped", seen.header());
        assertTrue(
            String.valueOf(seen.details()).contains(expected.formatted(file.toString())),
            "the problem with its position: " + seen.details());
        assertEquals(file, seen.layer().file(), "the valid features loaded");
        assertTrue(seen.status().contains(expected.skipped().size() + " feature"), seen.status());
      }
      case LOADED -> {
        AppHarness.waitUntil(
            name + " loads",
            () -> app.state().getLayer() != null && file.equals(app.state().getLayer().file()));
        Seen seen = seenAndClosed();
        assertEquals(expected.loaded(), seen.layer().index().size());
        if (!expected.message().equals("-")) {
          String notice = expected.message().substring("warning: ".length());
          assertTrue(seen.status().contains("notice: " + notice), seen.status());
        }
        assertEquals(0, seen.dialogs(), "no dialog for a clean load");
      }
    }
  }

  /**
   * What the window shows once an open has ended — the first error dialog's header, explanation and
   * details, the layer, the status message, how many error dialogs there are — read in one go on
   * the FX thread, which then closes the dialogs.
   */
  private record Seen(
      String header, String explanation, String details, Layer layer, String status, int dialogs) {}

  private static Seen seenAndClosed() {
    return Fx.call(
        () -> {
          Optional<InWindow> first = window.dialog("error-dialog");
          DialogPane pane = first.map(InWindow::dialogPane).orElse(null);
          Seen seen =
              new Seen(
                  pane == null ? null : pane.getHeaderText(),
                  pane == null ? null : pane.getContentText(),
                  first.map(d -> d.text("#error-details")).orElse(null),
                  app.state().getLayer(),
                  window.text("#status-message"),
                  closeDialogs());
          return seen;
        });
  }

  /** Closes the error dialogs (on the FX thread); returns how many there were. */
  private static int closeDialogs() {
    return Fx.call(
        () -> {
          int closed = 0;
          Optional<InWindow> dialog;
          while ((dialog = window.dialog("error-dialog")).isPresent()) {
            ((Stage) dialog.get().window()).close();
            closed++;
          }
          return closed;
        });
  }
}
