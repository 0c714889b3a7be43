package org.situationmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/**
 * Compares images with a golden copy in {@code src/test/resources/golden/}: a pixel differs when
 * one channel differs by more than {@link #CHANNEL_TOLERANCE}; at most {@link #MAX_DIFFERING} of
 * the pixels may differ (fonts and anti-aliasing vary a little between machines). Run with {@code
 * -Dgolden.update=true} to write the goldens from the current output instead of comparing.
 */
final class GoldenImages {
  static final int CHANNEL_TOLERANCE = 24;
  static final double MAX_DIFFERING = 0.01;
  static final Path DIR = Path.of("src", "test", "resources", "golden");

  private GoldenImages() {}

  static void assertMatches(String name, Path actualFile) throws IOException {
    Path golden = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.copy(actualFile, golden, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    assertTrue(
        Files.isRegularFile(golden),
        "no golden " + golden + "; run the test with -Dgolden.update=true to create it");
    BufferedImage expected = ImageIO.read(golden.toFile());
    BufferedImage actual = ImageIO.read(actualFile.toFile());
    assertEquals(expected.getWidth(), actual.getWidth(), "width");
    assertEquals(expected.getHeight(), actual.getHeight(), "height");
    long differing = 0;
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        if (!near(expected.getRGB(x, y), actual.getRGB(x, y))) {
          differing++;
        }
      }
    }
    double share = differing / (double) (expected.getWidth() * expected.getHeight());
    if (share > MAX_DIFFERING) {
      Path kept = Files.createTempFile("actual-" + name.replace(".png", ""), ".png");
      Files.copy(actualFile, kept, StandardCopyOption.REPLACE_EXISTING);
      throw new AssertionError(
          String.format(
              "%.2f%% of pixels differ from %s (at most %.2f%% allowed); actual image kept at %s",
              share * 100, golden, MAX_DIFFERING * 100, kept));
    }
  }

  static boolean near(int a, int b) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > CHANNEL_TOLERANCE) {
        return false;
      }
    }
    return true;
  }
}
