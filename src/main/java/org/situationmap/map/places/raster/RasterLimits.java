package org.situationmap.map.places.raster;

/**
 * Where a {@link SymbolRaster} changes how it paints: thresholds that trade work for nothing a
 * reader can see, and the bound of its label images. Tests set other values to reach both sides of
 * a threshold.
 *
 * @param cullAbove above this many visible places, each status is drawn at most once per 2×2-pixel
 *     cell, its symbols added up as coverage (decision 0007)
 * @param parallelAbove above this many stamps a frame is painted on two threads
 * @param labelPixels the label images of a view are kept up to this many pixels
 */
public record RasterLimits(int cullAbove, int parallelAbove, int labelPixels) {
  /** The limits the app and the command line use. */
  public static final RasterLimits DEFAULT = new RasterLimits(4000, 2000, 4 << 20);

  /** Checks the limits. */
  public RasterLimits {
    if (cullAbove < 0 || parallelAbove < 0 || labelPixels < 0) {
      throw new IllegalArgumentException("limits must not be negative");
    }
  }
}
