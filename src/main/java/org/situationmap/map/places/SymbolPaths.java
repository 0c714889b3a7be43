package org.situationmap.map.places;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.situationmap.domain.ControlStatus;

/**
 * Symbols and halos as path commands on any {@link GraphicsContext}: for each status all its
 * symbols as one path, filled once and then stroked once. This is the reference the raster
 * reproduces, used where it cannot be (a rotated, sheared or very large context) and for legends.
 * FX thread.
 */
public final class SymbolPaths {
  private static final ControlStatus[] STATUSES = ControlStatus.values();

  private SymbolPaths() {}

  /**
   * Draws one status symbol (as the map draws it, without halo) centred at (x, y) with radius r:
   * for legends, so they cannot drift from the map.
   */
  public static void drawSymbol(
      GraphicsContext gc, ControlStatus status, double x, double y, double r) {
    gc.beginPath();
    addShape(gc, PlaceStyle.shape(status), x, y, r);
    paint(gc, status, false);
  }

  /**
   * Draws the halos, then the symbols of each status, of the places {@code visible}, in the look of
   * a crowded view or not ({@link SymbolStyle#outline}).
   */
  static void draw(
      PlaceFrame frame,
      GraphicsContext gc,
      Projection p,
      int[] visible,
      double factor,
      boolean crowded) {
    drawHalos(frame, gc, p, visible, factor);
    for (ControlStatus status : STATUSES) {
      drawSymbols(frame, gc, p, visible, factor, status, crowded);
    }
  }

  /** Draws the selection ring around place i. */
  static void drawSelection(GraphicsContext gc, PlaceSet set, int i, Projection p, double factor) {
    double r = SymbolStyle.selectionRadius(set.radius[i] * factor);
    gc.setStroke(SymbolStyle.SELECTION);
    gc.setLineWidth(SymbolStyle.SELECTION_WIDTH);
    gc.strokeOval(p.x(set.ux[i]) - r, p.y(set.uy[i]) - r, 2 * r, 2 * r);
  }

  private static void drawHalos(
      PlaceFrame frame, GraphicsContext gc, Projection p, int[] visible, double factor) {
    PlaceSet set = frame.set();
    for (int i : visible) {
      if (frame.halo(i)) {
        ControlStatus s = STATUSES[frame.status(i)];
        double r = SymbolStyle.haloRadius(set.radius[i] * factor);
        gc.setFill(SymbolStyle.haloFill(s));
        gc.fillOval(p.x(set.ux[i]) - r, p.y(set.uy[i]) - r, 2 * r, 2 * r);
        gc.setStroke(PlaceStyle.colour(s));
        gc.setLineWidth(SymbolStyle.HALO_RING_WIDTH);
        gc.strokeOval(p.x(set.ux[i]) - r, p.y(set.uy[i]) - r, 2 * r, 2 * r);
      }
    }
  }

  private static void drawSymbols(
      PlaceFrame frame,
      GraphicsContext gc,
      Projection p,
      int[] visible,
      double factor,
      ControlStatus status,
      boolean crowded) {
    PlaceSet set = frame.set();
    byte code = (byte) status.ordinal();
    PlaceStyle.Shape shape = PlaceStyle.shape(status);
    gc.beginPath();
    int count = 0;
    for (int i : visible) {
      if (frame.status(i) != code) {
        continue;
      }
      count++;
      addShape(gc, shape, p.x(set.ux[i]), p.y(set.uy[i]), set.radius[i] * factor);
    }
    if (count > 0) {
      paint(gc, status, crowded);
    }
  }

  private static void addShape(
      GraphicsContext gc, PlaceStyle.Shape shape, double x, double y, double r) {
    switch (shape) {
      case SQUARE -> {
        double h = r * SymbolStyle.SQUARE_HALF_SIDE;
        gc.rect(x - h, y - h, 2 * h, 2 * h);
      }
      case DIAMOND -> {
        double d = r * SymbolStyle.DIAMOND_HALF_DIAGONAL;
        gc.moveTo(x, y - d);
        gc.lineTo(x + d, y);
        gc.lineTo(x, y + d);
        gc.lineTo(x - d, y);
        gc.closePath();
      }
      default -> {
        gc.moveTo(x + r, y);
        gc.arc(x, y, r, r, 0, 360);
        gc.closePath();
      }
    }
  }

  /** Fills and strokes the current path in the style of a status. */
  private static void paint(GraphicsContext gc, ControlStatus status, boolean crowded) {
    gc.setFill(SymbolStyle.fill(status, crowded));
    gc.fill();
    Color outline = SymbolStyle.outline(status, crowded);
    gc.setStroke(outline);
    gc.setLineWidth(SymbolStyle.outlineWidth(status));
    gc.stroke();
  }
}
