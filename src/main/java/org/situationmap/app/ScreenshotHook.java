package org.situationmap.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * For smoke tests and documentation: when the system property {@code situationmap.screenshot} names
 * a PNG file, the app saves a picture of its window there once the map has settled, then quits.
 * Optional {@code situationmap.screenshot.delay} (ms, default 4000).
 */
final class ScreenshotHook {
  static final String PROPERTY = "situationmap.screenshot";
  private static final Logger LOG = Logger.getLogger(ScreenshotHook.class.getName());

  private ScreenshotHook() {}

  static void installIfRequested(Scene scene) {
    String target = System.getProperty(PROPERTY);
    if (target == null || target.isBlank()) {
      return;
    }
    long delay = Long.getLong(PROPERTY + ".delay", 4000);
    PauseTransition wait = new PauseTransition(Duration.millis(delay));
    wait.setOnFinished(
        e -> {
          try {
            write(scene.snapshot(null), Path.of(target));
            System.out.println("screenshot written to " + target);
          } catch (IOException ex) {
            LOG.log(Level.SEVERE, "screenshot failed", ex);
          }
          Platform.exit();
        });
    wait.play();
  }

  static void write(WritableImage image, Path file) throws IOException {
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    int[] argb = new int[w * h];
    image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    out.setRGB(0, 0, w, h, argb, 0, w);
    if (!ImageIO.write(out, "png", file.toFile())) {
      throw new IOException("no PNG writer");
    }
  }
}
