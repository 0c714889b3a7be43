package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.layer.Layer;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.BadCorpus;
import org.situationmap.testing.BadCorpus.Expectation;
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

  @BeforeAll
  static void start() throws Exception {
    app =
        AppHarness.start(
            SituationMapApp.class, AppHarness.resource("/app/small.geojson").toString());
    AppHarness.waitUntil("the layer is loaded", () -> app.state().getLayer() != null);
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
    Layer before = app.state().getLayer();
    interact(() -> app.files().open(file));
    switch (expected.outcome()) {
      case FATAL -> {
        DialogPane dialog = awaitDialog();
        assertEquals("Could not open " + name, dialog.getHeaderText());
        assertEquals(expected.formatted(file.toString()), details());
        assertTrue(!dialog.getContentText().contains("Exception"), "no stack trace");
        assertSame(before, app.state().getLayer(), "the previous layer stays loaded");
        assertEquals(
            "Could not open " + name + "; the previous layer is still shown", statusMessage());
        closeDialogs();
      }
      case SKIPPED -> {
        DialogPane dialog = awaitDialog();
        assertEquals("Some features were skipped", dialog.getHeaderText());
        assertTrue(
            details().contains(expected.formatted(file.toString())),
            "the problem with its position: " + details());
        assertEquals(file, app.state().getLayer().file(), "the valid features loaded");
        assertTrue(
            statusMessage().contains(expected.skipped().size() + " feature"), statusMessage());
        closeDialogs();
      }
      case LOADED -> {
        AppHarness.waitUntil(
            name + " loads",
            () -> app.state().getLayer() != null && file.equals(app.state().getLayer().file()));
        assertEquals(expected.loaded(), app.state().getLayer().index().size());
        if (!expected.message().equals("-")) {
          String notice = expected.message().substring("warning: ".length());
          assertTrue(statusMessage().contains("notice: " + notice), statusMessage());
        }
        assertTrue(lookup("#error-dialog").tryQuery().isEmpty(), "no dialog for a clean load");
      }
    }
  }

  private DialogPane awaitDialog() {
    AppHarness.waitUntil("the dialog shows", () -> lookup("#error-dialog").tryQuery().isPresent());
    return lookup("#error-dialog").queryAs(DialogPane.class);
  }

  private String details() {
    return lookup("#error-details").queryAs(TextArea.class).getText();
  }

  private String statusMessage() {
    return lookup("#status-message").queryAs(Label.class).getText();
  }

  private void closeDialogs() {
    for (var node : lookup("#error-dialog").queryAll()) {
      interact(() -> ((Stage) node.getScene().getWindow()).close());
    }
    AppHarness.waitUntil("dialogs close", () -> lookup("#error-dialog").tryQuery().isEmpty());
  }
}
