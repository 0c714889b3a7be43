package org.situationmap.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Reads what a person would see: pixels of a node, snapshotted on the FX thread. */
public final class Pixels {
  private Pixels() {}

  /** Snapshot of a node (waits for the FX thread). */
  public static WritableImage snapshot(Node node) throws Exception {
    CompletableFuture<WritableImage> f = new CompletableFuture<>();
    Platform.runLater(() -> f.complete(node.snapshot(null, null)));
    return f.get(10, TimeUnit.SECONDS);
  }

  /** A canvas's pixels over white, as ARGB ints, row by row (call on the FX thread). */
  public static int[] onWhite(javafx.scene.canvas.Canvas canvas) {
    javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
    params.setFill(Color.WHITE);
    WritableImage image = canvas.snapshot(params, null);
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    int[] pixels = new int[w * h];
    image
        .getPixelReader()
        .getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, w);
    return pixels;
  }

  /** Colour at a position of a snapshot. */
  public static Color at(WritableImage img, double x, double y) {
    return img.getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
  }

  /** True when two colours differ by at most {@code tolerance} (0–255) per channel. */
  public static boolean near(Color actual, String expectedHex, int tolerance) {
    Color e = Color.web(expectedHex);
    return Math.abs(actual.getRed() - e.getRed()) * 255 <= tolerance
        && Math.abs(actual.getGreen() - e.getGreen()) * 255 <= tolerance
        && Math.abs(actual.getBlue() - e.getBlue()) * 255 <= tolerance;
  }

  /** Hex form for messages. */
  public static String hex(Color c) {
    return String.format(
        "#%02X%02X%02X",
        (int) Math.round(c.getRed() * 255),
        (int) Math.round(c.getGreen() * 255),
        (int) Math.round(c.getBlue() * 255));
  }
}
