package org.situationmap.map.places.raster;

/**
 * The quarter-pixel grid symbols are placed on: a coordinate in pixels is snapped to {@code pixel ×
 * SUB + offset}, and a symbol's images are made once per offset on each axis.
 */
final class SubPixels {
  /** Sub-pixel positions per pixel (each axis). */
  static final int SUB = 4;

  /** Offsets of both axes together: {@code fy × SUB + fx}. */
  static final int BOTH = SUB * SUB;

  private static final int SUB_BITS = 2;

  private SubPixels() {}

  /** A coordinate in pixels snapped to the grid (see {@link #pixel} and {@link #offset}). */
  static int snap(double v) {
    int pixel = (int) Math.floor(v);
    int offset = (int) Math.round((v - pixel) * SUB);
    return pixel * SUB + offset;
  }

  /** The pixel of a {@link #snap snapped} coordinate. */
  static int pixel(int snapped) {
    return snapped >> SUB_BITS;
  }

  /** The quarter-pixel offset (0 to SUB - 1) of a {@link #snap snapped} coordinate. */
  static int offset(int snapped) {
    return snapped & (SUB - 1);
  }
}
