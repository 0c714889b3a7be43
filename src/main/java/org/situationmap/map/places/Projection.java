package org.situationmap.map.places;

import org.situationmap.map.tiles.TileMath;

/**
 * A linear mapping from unit Web Mercator coordinates (x = (lon+180)/360, y = {@link
 * TileMath#mercatorY}) to screen pixels: {@code sx = scale * ux + offsetX}, {@code sy = scale * uy
 * + offsetY}. Immutable.
 *
 * @param scale pixels per unit (the world size at the zoom)
 * @param offsetX screen x of unit x = 0
 * @param offsetY screen y of unit y = 0
 */
public record Projection(double scale, double offsetX, double offsetY) {
  /** The projection showing a centre point at the middle of a w×h view at a zoom. */
  public static Projection centredOn(double lat, double lon, double zoom, double w, double h) {
    double scale = TileMath.worldSize(zoom);
    return new Projection(
        scale, w / 2 - scale * unitX(lon), h / 2 - scale * TileMath.mercatorY(lat));
  }

  /** Derives the projection from two points whose screen positions are known. */
  public static Projection fromTwoPoints(
      double lat0, double lon0, double x0, double y0, double lat1, double lon1, double x1) {
    double scale = (x1 - x0) / (unitX(lon1) - unitX(lon0));
    return new Projection(scale, x0 - scale * unitX(lon0), y0 - scale * TileMath.mercatorY(lat0));
  }

  /** Unit Mercator x of a longitude. */
  public static double unitX(double lon) {
    return (lon + 180.0) / 360.0;
  }

  /** The zoom level this projection draws at. */
  public double zoom() {
    return Math.log(scale / TileMath.TILE_SIZE) / Math.log(2);
  }

  /** Screen x of a unit x. */
  public double x(double ux) {
    return scale * ux + offsetX;
  }

  /** Screen y of a unit y. */
  public double y(double uy) {
    return scale * uy + offsetY;
  }

  /** Unit x of a screen x. */
  public double unitXAt(double sx) {
    return (sx - offsetX) / scale;
  }

  /** Unit y of a screen y. */
  public double unitYAt(double sy) {
    return (sy - offsetY) / scale;
  }
}
