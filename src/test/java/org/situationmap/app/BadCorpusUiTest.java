package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    Layer before = layer();
    Fx.run(() -> app.files().open(file));
    switch (expected.outcome()) {
      case FATAL -> {
        InWindow dialog = window.awaitDialog("error-dialog");
        assertEquals("Could not open " + name, Fx.call(dialog.dialogPane()::getHeaderText));
        assertEquals(expected.formatted(file.toString()), dialog.text("#error-details"));
        assertFalse(
            Fx.call(dialog.dialogPane()::getContentText).contains("Exception"), "no stack trace");
        assertSame(before, layer(), "the previous layer stays loaded");
        assertEquals(
            "Could not open " + name + "; the previous layer is still shown", statusMessage());
        closeDialogs();
      }
      case SKIPPED -> {
        InWindow dialog = window.awaitDialog("error-dialog");
        assertEquals("Some features were skipped", Fx.call(dialog.dialogPane()::getHeaderText));
        String details = dialog.text("#error-details");
        assertTrue(
            details.contains(expected.formatted(file.toString())),
            "the problem with its position: " + details);
        assertEquals(file, layer().file(), "the valid features loaded");
        assertTrue(
            statusMessage().contains(expected.skipped().size() + " feature"), statusMessage());
        closeDialogs();
      }
      case LOADED -> {
        AppHarness.waitUntil(
            name + " loads",
            () -> app.state().getLayer() != null && file.equals(app.state().getLayer().file()));
        assertEquals(expected.loaded(), Fx.call(() -> layer().index().size()));
        if (!expected.message().equals("-")) {
          String notice = expected.message().substring("warning: ".length());
          assertTrue(statusMessage().contains("notice: " + notice), statusMessage());
        }
        assertTrue(window.dialog("error-dialog").isEmpty(), "no dialog for a clean load");
      }
    }
  }

  private static Layer layer() {
    return Fx.call(() -> app.state().getLayer());
  }

  private static String statusMessage() {
    return window.text("#status-message");
  }

  private static void closeDialogs() {
    Optional<InWindow> dialog;
    while ((dialog = window.dialog("error-dialog")).isPresent()) {
      dialog.get().close();
    }
  }
}
