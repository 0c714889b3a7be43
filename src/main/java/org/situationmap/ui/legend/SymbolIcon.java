package org.situationmap.ui.legend;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.situationmap.domain.ControlStatus;
import org.situationmap.map.places.PlaceStyle;

/** A small canvas showing a status's map symbol, exactly as the map draws it. */
public final class SymbolIcon extends Canvas {
  /** Creates a symbol of the given size in pixels. */
  public SymbolIcon(ControlStatus status, double size) {
    super(size, size);
    GraphicsContext gc = getGraphicsContext2D();
    double c = size / 2;
    double r = size * 0.36;
    Color colour = PlaceStyle.colour(status);
    gc.setFill(colour);
    gc.setStroke(Color.WHITE);
    gc.setLineWidth(1.2);
    switch (PlaceStyle.shape(status)) {
      case SQUARE -> {
        gc.fillRect(c - r * 0.9, c - r * 0.9, r * 1.8, r * 1.8);
        gc.strokeRect(c - r * 0.9, c - r * 0.9, r * 1.8, r * 1.8);
      }
      case DIAMOND -> {
        double d = r * 1.25;
        double[] xs = {c, c + d, c, c - d};
        double[] ys = {c - d, c, c + d, c};
        gc.fillPolygon(xs, ys, 4);
        gc.strokePolygon(xs, ys, 4);
      }
      case HOLLOW_CIRCLE -> {
        gc.setFill(Color.WHITE);
        gc.fillOval(c - r, c - r, 2 * r, 2 * r);
        gc.setStroke(colour);
        gc.setLineWidth(2);
        gc.strokeOval(c - r, c - r, 2 * r, 2 * r);
      }
      default -> {
        gc.fillOval(c - r, c - r, 2 * r, 2 * r);
        gc.strokeOval(c - r, c - r, 2 * r, 2 * r);
      }
    }
  }
}
