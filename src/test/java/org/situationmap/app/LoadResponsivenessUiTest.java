package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.generate.GeneratorSpec;
import org.situationmap.generate.SituationGenerator;
import org.situationmap.layer.Layer;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.HeldReader;
import org.situationmap.testing.InWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * While a layer loads off the FX thread, the window keeps answering: the progress bar moves and a
 * click on Cancel is handled while the load is under way. The load is made slow for certain — its
 * reader is held after its first progress report until the click has been handled — so a small file
 * does, and nothing races the reader. Behaviour only, no time budget (timings belong in the
 * benchmarks).
 */
@Tag("ui")
class LoadResponsivenessUiTest extends FxRobot {
  @TempDir static Path dir;
  private static Path file;
  private static HeldReader hold;
  private static SituationMapApp app;
  private static InWindow window;

  @BeforeAll
  static void start() throws Exception {
    file = dir.resolve("generated.geojson");
    new SituationGenerator().write(new GeneratorSpec(2_000, 4, 2_000, 20), file);
    hold = new HeldReader(file);
    app = AppHarness.start(() -> new SituationMapApp(hold.formats()));
    AppHarness.waitUntil("the bundled layer is loaded", () -> app.state().getLayer() != null);
    window = InWindow.of(app.view());
  }

  @AfterAll
  static void stop() throws Exception {
    hold.release();
    FxToolkit.cleanupApplication(app);
  }

  @Test
  void aClickOnCancelIsHandledWhileTheLayerLoads() throws Exception {
    Layer before = Fx.call(() -> app.state().getLayer());
    ProgressBar progress = window.node("#load-progress", ProgressBar.class);
    Fx.run(() -> app.files().open(file));
    hold.awaitHeld();
    Fx.waitUntil(
        "the progress bar shows the share read",
        () -> progress.isVisible() && progress.getProgress() > 0);

    clickOn(InWindow.centreOf(window.node("#load-cancel", Button.class)));
    hold.release();

    Fx.waitUntil("the load ends", () -> !progress.isVisible());
    String message = Fx.call(() -> app.view().statusBar().getMessage());
    assertTrue(message.contains("cancelled"), message);
    assertSame(before, Fx.call(() -> app.state().getLayer()), "the previous layer stays shown");
    assertEquals(-1, Fx.call(progress::getProgress));
  }
}
