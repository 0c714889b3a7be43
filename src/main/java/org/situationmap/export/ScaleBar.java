package org.situationmap.export;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.situationmap.map.tiles.TileMath;
import org.situationmap.text.Messages;

/** A scale bar of a round length (1, 2 or 5 × 10ⁿ km or m) at most ~120 pixels long. */
final class ScaleBar {
  static final double MAX_PIXELS = 120;
  private static final Font FONT = Font.font("System", 11);
  private static final Color INK = Color.web("#1F2A36");

  private ScaleBar() {}

  /** The bar's length in metres for a resolution in metres per pixel. */
  static double roundLength(double metresPerPixel) {
    double max = metresPerPixel * MAX_PIXELS;
    double pow = Math.pow(10, Math.floor(Math.log10(max)));
    for (double m : new double[] {5, 2, 1}) {
      if (m * pow <= max) {
        return m * pow;
      }
    }
    return pow;
  }

  /** "20 km", "500 m" in English. */
  static String label(double metres, Messages text) {
    return metres >= 1000
        ? text.format("export.scaleBar.km", "km", Math.round(metres / 1000))
        : text.format("export.scaleBar.m", "m", Math.round(metres));
  }

  /** Draws the bar with its left end at (x, y), the baseline of the bar. */
  static void draw(GraphicsContext gc, Viewport view, double x, double y, Messages text) {
    double mpp = TileMath.metresPerPixel(view.centreLat(), view.zoom());
    double metres = roundLength(mpp);
    double len = metres / mpp;
    gc.setFill(Color.rgb(255, 255, 255, 0.85));
    gc.fillRoundRect(x - 6, y - 22, len + 12, 30, 6, 6);
    gc.setStroke(INK);
    gc.setLineWidth(2);
    gc.strokeLine(x, y, x + len, y);
    gc.setLineWidth(1.5);
    gc.strokeLine(x, y - 5, x, y + 1);
    gc.strokeLine(x + len, y - 5, x + len, y + 1);
    gc.setFill(INK);
    gc.setFont(FONT);
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.BOTTOM);
    gc.fillText(label(metres, text), x + len / 2, y - 4);
  }
}
