package org.situationmap.map.places;

import javafx.scene.paint.Color;
import org.situationmap.domain.ControlStatus;

/**
 * How a place symbol is drawn beyond its status's colour and shape ({@link PlaceStyle}): the extent
 * of each shape, the outlines, the halo of a recent change and the selection ring. The one
 * definition for the path drawing ({@link SymbolPaths}) and the raster, which must give the same
 * pixels. Sizes are in pixels, radii after the zoom factor.
 */
public final class SymbolStyle {
  /** Half the side of a square, per pixel of radius. */
  public static final double SQUARE_HALF_SIDE = 0.9;

  /** Half the diagonal of a diamond, per pixel of radius. */
  public static final double DIAMOND_HALF_DIAGONAL = 1.25;

  /**
   * The farthest any symbol of radius 1 reaches from its centre, whatever its shape (a square's
   * corner).
   */
  public static final double MAX_REACH =
      Math.max(DIAMOND_HALF_DIAGONAL, SQUARE_HALF_SIDE * 1.4142135623730951);

  /** The outline of filled symbols. */
  public static final Color OUTLINE = Color.WHITE;

  /** Width of the outline of filled symbols. */
  public static final double OUTLINE_WIDTH = 1.2;

  /** The fill of hollow symbols (their ring has the status's colour). */
  public static final Color HOLLOW_FILL = Color.rgb(255, 255, 255, 0.85);

  /** Width of the ring of hollow symbols. */
  public static final double HOLLOW_RING_WIDTH = 2.0;

  /** A halo reaches this many pixels beyond its symbol's radius. */
  public static final double HALO_GROWTH = 7;

  /** Opacity of a halo's fill (its ring is opaque). */
  public static final double HALO_OPACITY = 0.28;

  /** Width of a halo's ring. */
  public static final double HALO_RING_WIDTH = 1.5;

  /** The selection ring. */
  public static final Color SELECTION = Color.web("#1F2A36");

  /** Width of the selection ring. */
  public static final double SELECTION_WIDTH = 2.5;

  /** The selection ring lies this many pixels beyond its symbol's radius. */
  public static final double SELECTION_GROWTH = 4;

  private SymbolStyle() {}

  /**
   * The fill of a status's symbol. In a crowded view (one where symbols pile up: more places in
   * view than the raster's culling threshold) hollow symbols are not filled, so that their white
   * does not cover the colours of the symbols under them (decision 0016).
   */
  public static Color fill(ControlStatus status, boolean crowded) {
    if (hollow(status)) {
      return crowded ? Color.TRANSPARENT : HOLLOW_FILL;
    }
    return PlaceStyle.colour(status);
  }

  /**
   * The outline (or ring) of a status's symbol: white around filled symbols, the status's colour
   * for hollow ones. In a crowded view the status's colour for all: white outlines, each covering
   * the fills of its neighbours, would turn a crowded view white (decision 0016).
   */
  public static Color outline(ControlStatus status, boolean crowded) {
    return hollow(status) || crowded ? PlaceStyle.colour(status) : OUTLINE;
  }

  /** Width of the outline (or ring) of a status's symbol. */
  public static double outlineWidth(ControlStatus status) {
    return hollow(status) ? HOLLOW_RING_WIDTH : OUTLINE_WIDTH;
  }

  private static boolean hollow(ControlStatus status) {
    return PlaceStyle.shape(status) == PlaceStyle.Shape.HOLLOW_CIRCLE;
  }

  /** The fill of a halo around a symbol of a status (its ring has the status's colour). */
  public static Color haloFill(ControlStatus status) {
    Color c = PlaceStyle.colour(status);
    return Color.color(c.getRed(), c.getGreen(), c.getBlue(), HALO_OPACITY);
  }

  /** Radius of the halo around a symbol of radius {@code r}. */
  public static double haloRadius(double r) {
    return r + HALO_GROWTH;
  }

  /** Radius of the selection ring around a symbol of radius {@code r}. */
  public static double selectionRadius(double r) {
    return r + SELECTION_GROWTH;
  }
}
