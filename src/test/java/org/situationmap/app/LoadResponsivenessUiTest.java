package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.generate.GeneratorSpec;
import org.situationmap.generate.SituationGenerator;
import org.situationmap.testing.AppHarness;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While a big generated layer (20,000 places) loads off the FX thread, the window keeps answering:
 * the progress bar moves and a click on Cancel is handled before the load ends. Behaviour only, no
 * time budget (timings belong in the benchmarks).
 */
@Tag("ui")
class LoadResponsivenessUiTest extends FxRobot {
  private static SituationMapApp app;
  private static Path file;

  @BeforeAll
  static void start() throws Exception {
    file = Files.createTempFile("sm-20k", ".geojson");
    new SituationGenerator().write(new GeneratorSpec(20_000, 4, 400_000, 20), file);
    app = AppHarness.start(SituationMapApp.class, file.toString());
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
    Files.deleteIfExists(file);
  }

  @Test
  void aClickOnCancelIsHandledWhileTheLayerLoads() {
    ProgressBar progress = lookup("#load-progress").queryAs(ProgressBar.class);
    AppHarness.waitUntil(
        "the load reports progress", () -> progress.isVisible() && progress.getProgress() > 0);

    clickOn("#load-cancel");

    AppHarness.waitUntil("the load ends", () -> !progress.isVisible());
    WaitForAsyncUtils.waitForFxEvents();
    assertNull(app.state().getLayer(), "the cancelled layer is not shown");
    String message = app.view().statusBar().getMessage();
    assertTrue(message.contains("cancelled"), message);
    assertEquals(-1, progress.getProgress());
  }
}
