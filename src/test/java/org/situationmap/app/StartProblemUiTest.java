package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.io.SituationReadException;
import org.situationmap.layer.BundledLayer;
import org.situationmap.layer.Layer;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A broken file given on the command line: the window says what is wrong with it, with its
 * position, where the map would be, and opens the bundled layer at a click.
 */
@Tag("ui")
class StartProblemUiTest extends FxRobot {
  private static final Path BROKEN = AppHarness.resource("/app/broken.geojson");
  private static SituationMapApp app;
  private static InWindow window;

  @BeforeAll
  static void start() throws Exception {
    app = AppHarness.start(SituationMapApp.class, BROKEN.toString());
    window = InWindow.of(app.view());
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  @Test
  void theProblemShowsOverTheMapWithItsPositionAndTheBundledLayerOpensAtAClick() {
    Node panel = window.node("#start-problem", Node.class);
    Fx.waitUntil("the problem shows over the map", panel::isVisible);
    String expected =
        assertThrows(SituationReadException.class, () -> Layer.read(BROKEN)).problem().format();

    assertEquals(expected, window.text("#start-problem-details"));
    assertTrue(
        expected.matches(Pattern.quote(BROKEN.toString()) + ":\\d+:\\d+: .+"), "FILE:LINE:COL");
    assertEquals("Could not open broken.geojson", window.text("#status-message"));
    assertNull(Fx.call(() -> app.state().getLayer()));
    assertTrue(window.dialog("error-dialog").isEmpty(), "no dialog over it");

    clickOn(InWindow.centreOf(window.node("#start-open-bundled", Node.class)));
    Path bundled = BundledLayer.standard().file().orElseThrow();
    Fx.waitUntil(
        "the bundled layer opens",
        () -> app.state().getLayer() != null && bundled.equals(app.state().getLayer().file()));
    assertFalse(Fx.call(panel::isVisible), "the problem is gone with the layer shown");
  }
}
