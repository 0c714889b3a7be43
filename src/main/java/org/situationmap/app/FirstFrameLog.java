package org.situationmap.app;

import java.lang.management.ManagementFactory;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.situationmap.map.tiles.SituationTileRetriever;

/**
 * Logs once how long after JVM start the first map frame with tiles (and the layer, when one is
 * opened) was painted: the startup measurement of docs/performance.md. It watches layout pulses;
 * when tiles have arrived and {@code layerShown} holds, the frame after the next pulse is the first
 * complete one. With {@code -Dsituationmap.exitAfterFirstFrame=true} the app then quits, so a
 * script can time repeated starts.
 */
final class FirstFrameLog {
  static final String EXIT_PROPERTY = "situationmap.exitAfterFirstFrame";
  private static final Logger LOG = Logger.getLogger(FirstFrameLog.class.getName());

  private FirstFrameLog() {}

  static void install(Scene scene, BooleanSupplier layerShown) {
    Runnable[] listener = new Runnable[1];
    int[] readyPulses = {0};
    listener[0] =
        () -> {
          if (SituationTileRetriever.deliveredCount() == 0 || !layerShown.getAsBoolean()) {
            return;
          }
          if (++readyPulses[0] < 2) {
            return; // the tile images are set by a runLater; the next pulse paints them
          }
          scene.removePostLayoutPulseListener(listener[0]);
          long ms =
              System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
          LOG.info("first map frame with tiles painted " + ms + " ms after JVM start");
          if (Boolean.getBoolean(EXIT_PROPERTY)) {
            Platform.runLater(Platform::exit);
          }
        };
    scene.addPostLayoutPulseListener(listener[0]);
  }
}
