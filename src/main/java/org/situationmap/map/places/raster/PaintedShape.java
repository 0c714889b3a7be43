package org.situationmap.map.places.raster;

import org.situationmap.map.places.SymbolStyle;

/**
 * One shape of a symbol image in one colour: filled ({@code strokeWidth} 0) or stroked. A shape is
 * given by its signed distance in pixels (negative inside): a fill covers {@code d <= 0}, a stroke
 * of width {@code w} covers {@code |d| <= w / 2} — for the square and diamond this is the stroke
 * with mitred corners that JavaFX draws by default. Images are made by sampling each pixel at
 * {@link #SAMPLES}×{@link #SAMPLES} points.
 *
 * @param shape the outline
 * @param r its size in pixels (a circle's radius; see {@link SymbolStyle} for the others)
 * @param strokeWidth 0 to fill, else the width of the stroke in pixels
 * @param argb the colour, not premultiplied
 */
record PaintedShape(Shape shape, double r, double strokeWidth, int argb) {
  /** Samples per pixel on each axis when a shape is rendered. */
  static final int SAMPLES = 8;

  /** Outlines, by signed distance. */
  enum Shape {
    CIRCLE,
    SQUARE,
    DIAMOND;

    /** Signed distance of (x, y) from the outline of this shape with size {@code r}. */
    double distance(double x, double y, double r) {
      return switch (this) {
        case CIRCLE -> Math.sqrt(x * x + y * y) - r;
        case SQUARE -> Math.max(Math.abs(x), Math.abs(y)) - r * SymbolStyle.SQUARE_HALF_SIDE;
        case DIAMOND ->
            (Math.abs(x) + Math.abs(y) - r * SymbolStyle.DIAMOND_HALF_DIAGONAL) / Math.sqrt(2);
      };
    }

    /** How far the outline of size 1 reaches from the centre. */
    double reach() {
      return switch (this) {
        case CIRCLE -> 1;
        case SQUARE -> SymbolStyle.SQUARE_HALF_SIDE * Math.sqrt(2);
        case DIAMOND -> SymbolStyle.DIAMOND_HALF_DIAGONAL;
      };
    }
  }

  /**
   * How many pixels an image of {@code a} then {@code b} (may be null) reaches from its centre
   * pixel on every side, at any sub-pixel offset.
   */
  static int extent(PaintedShape a, PaintedShape b) {
    return (int) Math.ceil(Math.max(a.reach(), b == null ? 0 : b.reach())) + 1;
  }

  private double reach() {
    return r * shape.reach() + strokeWidth / 2;
  }

  /**
   * Whether every sample of the pixel centred at (x, y), relative to the centre, is inside the
   * painted part (1), none is (0), or some are (-1). A shape's distance changes by at most the
   * distance moved, and no sample is more than {@code 7/16 × √2} (0.62) from the centre.
   */
  int uniform(double x, double y) {
    double margin = 0.63;
    double d = shape.distance(x, y, r);
    if (strokeWidth == 0) {
      return d <= -margin ? 1 : d > margin ? 0 : -1;
    }
    double half = strokeWidth / 2;
    double from = Math.abs(d);
    return from + margin <= half ? 1 : from - margin > half ? 0 : -1;
  }

  /** Whether the point (x, y), relative to the centre, is inside the painted part. */
  boolean covers(double x, double y) {
    double d = shape.distance(x, y, r);
    return strokeWidth == 0 ? d <= 0 : Math.abs(d) <= strokeWidth / 2;
  }

  /** Alpha, red, green, blue of the colour, premultiplied, in 0..1. */
  double[] premultiplied() {
    double alpha = (argb >>> 24) / 255.0;
    return new double[] {
      alpha,
      ((argb >> 16) & 0xFF) / 255.0 * alpha,
      ((argb >> 8) & 0xFF) / 255.0 * alpha,
      (argb & 0xFF) / 255.0 * alpha
    };
  }
}
