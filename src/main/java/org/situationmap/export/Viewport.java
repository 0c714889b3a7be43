package org.situationmap.export;

import org.locationtech.jts.geom.Envelope;
import org.situationmap.layer.Layer;
import org.situationmap.map.places.Projection;
import org.situationmap.map.tiles.TileMath;

/**
 * The part of the map an image shows: its size in logical pixels (before the 1×/2× scale) and the
 * projection onto it. Immutable.
 *
 * @param width width in logical pixels
 * @param height height in logical pixels
 * @param projection unit Mercator to logical pixels
 */
public record Viewport(int width, int height, Projection projection) {
  /** The smallest and largest zoom a fitted view uses (the offline basemap has no more detail). */
  public static final double MIN_ZOOM = 3;

  /** The largest zoom a fitted view uses. */
  public static final double MAX_ZOOM = 12;

  /** Largest image edge in logical pixels. */
  public static final int MAX_EDGE = 8000;

  /** Checks the size. */
  public Viewport {
    if (width < 16 || height < 16 || width > MAX_EDGE || height > MAX_EDGE) {
      throw new IllegalArgumentException(
          "image size must be 16 to " + MAX_EDGE + " pixels a side, got " + width + "×" + height);
    }
  }

  /**
   * The view of a lon/lat box fitted into a w×h image, centred in the area left free by {@code
   * insets} (top, right, bottom, left, in pixels), at a fractional zoom.
   */
  public static Viewport fit(Envelope lonLat, int w, int h, double[] insets) {
    double minX = Projection.unitX(lonLat.getMinX());
    double maxX = Projection.unitX(lonLat.getMaxX());
    double minY = TileMath.mercatorY(lonLat.getMaxY());
    double maxY = TileMath.mercatorY(lonLat.getMinY());
    double freeW = Math.max(w - insets[1] - insets[3], w * 0.4);
    double freeH = Math.max(h - insets[0] - insets[2], h * 0.4);
    double scale =
        Math.min(freeW / Math.max(maxX - minX, 1e-9), freeH / Math.max(maxY - minY, 1e-9));
    scale = Math.max(TileMath.worldSize(MIN_ZOOM), Math.min(TileMath.worldSize(MAX_ZOOM), scale));
    double cx = insets[3] + freeW / 2;
    double cy = insets[0] + freeH / 2;
    return new Viewport(
        w,
        h,
        new Projection(scale, cx - scale * (minX + maxX) / 2, cy - scale * (minY + maxY) / 2));
  }

  /** The area shown when no box is given and the layer has no places: both oblasts. */
  public static final Envelope DONBAS = new Envelope(36.5, 40.5, 46.8, 50.2);

  /**
   * The view of a lon/lat box fitted into the part of a w×h image that the caption leaves free (see
   * {@link ExportOptions}).
   */
  public static Viewport fit(Envelope lonLat, int w, int h, ExportOptions include) {
    return fit(lonLat, w, h, CaptionPainter.insets(include));
  }

  /** A layer's extent with a margin (a tenth of its size, at least 0.05°), or {@link #DONBAS}. */
  public static Envelope dataBox(Layer layer) {
    Envelope extent = layer.extent();
    if (extent == null) {
      return DONBAS;
    }
    Envelope box = new Envelope(extent);
    box.expandBy(Math.max(0.05, extent.getWidth() * 0.1), Math.max(0.05, extent.getHeight() * 0.1));
    return box;
  }

  /**
   * A w×h view with the same centre as a current one that is {@code currentW}×{@code currentH},
   * zoomed so that everything the current view shows stays in view.
   */
  public static Viewport around(
      Projection current, double currentW, double currentH, int w, int h) {
    double ux = current.unitXAt(currentW / 2);
    double uy = current.unitYAt(currentH / 2);
    double scale = current.scale() * Math.min(w / currentW, h / currentH);
    return new Viewport(w, h, new Projection(scale, w / 2.0 - scale * ux, h / 2.0 - scale * uy));
  }

  /** The zoom level drawn (fractional). */
  public double zoom() {
    return projection.zoom();
  }

  /** Latitude at the centre of the view. */
  public double centreLat() {
    double uy = projection.unitYAt(height / 2.0);
    return TileMath.yToLat(uy * TileMath.worldSize(0), 0);
  }
}
