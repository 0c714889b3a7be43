package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.layer.BundledLayer;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Help ▸ About and Help ▸ About the data on the real app, chosen from the menu as a person would:
 * the version, licences and credits; the layer's facts and coverage, and the bundled layer's README
 * shown as text (no Markdown marks), which another layer does not get.
 */
@Tag("ui")
class HelpMenuUiTest extends FxRobot {
  private static SituationMapApp app;
  private static InWindow window;

  @BeforeAll
  static void start() throws Exception {
    app = AppHarness.start(SituationMapApp.class, "--date=2022-06-13");
    AppHarness.waitUntil("the bundled layer is loaded", () -> app.state().getLayer() != null);
    window = InWindow.of(app.view());
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  private InWindow choose(String itemId, String dialogId) {
    clickOn(InWindow.centreOf(window.labelled("Help")));
    clickOn(InWindow.centreOf(window.nodeInPopup(itemId)));
    return window.awaitDialog(dialogId);
  }

  private void close(InWindow dialog) {
    clickOn(InWindow.centreOf(dialog.button(ButtonData.CANCEL_CLOSE)));
    Fx.waitUntil("the dialog closes", () -> !dialog.window().isShowing());
  }

  /** Every text the dialog shows (labels and text runs), one per line. */
  private static String shown(InWindow dialog, String below) {
    return Fx.call(
        () ->
            descendants(dialog.window().getScene().lookup(below)).stream()
                .map(HelpMenuUiTest::words)
                .filter(w -> w != null && !w.isEmpty())
                .collect(Collectors.joining("\n")));
  }

  private static List<Node> descendants(Node root) {
    List<Node> all = new ArrayList<>(List.of(root));
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) instanceof Parent p) {
        all.addAll(p.getChildrenUnmodifiable());
      }
    }
    return all;
  }

  private static String words(Node n) {
    return n instanceof Labeled l ? l.getText() : n instanceof Text t ? t.getText() : null;
  }

  @Test
  void aboutGivesTheVersionTheLicencesAndTheCredits() {
    InWindow about = choose("#menu-about", "about-dialog");
    String header = Fx.call(() -> about.dialogPane().getHeaderText());
    String text = shown(about, ".help-content");
    close(about);

    assertEquals("Situation Map " + AppInfo.version(), header);
    for (String expected :
        new String[] {
          "GPL-3.0-or-later",
          "JavaFX",
          "Gluon Maps",
          "Jackson",
          "JTS",
          "picocli",
          "ICU4J",
          "GeoNames (CC BY 4.0)",
          "Natural Earth",
          "GSHHG",
          "© OpenStreetMap contributors"
        }) {
      assertTrue(text.contains(expected), expected + " in\n" + text);
    }
  }

  @Test
  void aboutTheDataShowsTheFactsCoverageAndTheReadmeAsText() throws Exception {
    InWindow data = choose("#menu-about-data", "data-dialog");
    String header = Fx.call(() -> data.dialogPane().getHeaderText());
    String facts = shown(data, "#data-facts");
    String readme = shown(data, "#data-readme");
    close(data);

    assertEquals(Fx.call(() -> app.state().getLayer().situation().meta().title()), header);
    assertTrue(
        facts.contains("Donetsk Oblast: 24 September 2025\nLuhansk Oblast: 26 February 2026"),
        facts);
    int places = Fx.call(() -> app.state().getLayer().index().size());
    assertTrue(facts.contains(places + " places"), facts);
    assertTrue(facts.contains("CC BY 4.0"), facts);
    String source = Files.readString(Path.of("data", "README.md"));
    assertTrue(source.contains("## Coverage: how current it is"), "the README has the section");
    assertTrue(readme.contains("\nCoverage: how current it is\n"), "its heading, as text");
    assertTrue(readme.contains("24 September 2025"), "its coverage table");
    assertFalse(readme.contains("**"), "no Markdown marks");
    assertFalse(readme.contains("|---"), "no table rules");
    assertFalse(readme.contains("## "), "no heading marks");
  }

  @Test
  void anotherLayerGetsItsFactsButNotTheBundledReadme() {
    Path small = AppHarness.resource("/app/small.geojson");
    Fx.run(() -> app.files().open(small));
    Fx.waitUntil(
        "the small layer is open",
        () -> app.state().getLayer() != null && small.equals(app.state().getLayer().file()));
    InWindow data = choose("#menu-about-data", "data-dialog");
    String header = Fx.call(() -> data.dialogPane().getHeaderText());
    boolean readme = Fx.call(() -> data.window().getScene().lookup("#data-readme") != null);
    String facts = shown(data, "#data-facts");
    close(data);

    assertEquals("Test layer: four places", header);
    assertFalse(readme, "the bundled README belongs to the bundled layer");
    assertTrue(facts.contains("Not stated in the file"), facts);
    assertTrue(facts.contains("4 places"), facts);
    Path bundled = BundledLayer.standard().file().orElseThrow();
    Fx.run(() -> app.files().open(bundled));
    Fx.waitUntil(
        "the bundled layer is open again",
        () -> app.state().getLayer() != null && bundled.equals(app.state().getLayer().file()));
  }
}
