package org.situationmap.zones;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * The spherical (web) Mercator projection used by the map, in metres: conformal, so the nearest
 * place in projected coordinates is the nearest place on the ground to within the small change of
 * scale across a cell. Stateless and thread-safe.
 */
public final class WebMercator {
  /** The sphere's radius in metres (WGS84 semi-major axis, as web maps use). */
  public static final double RADIUS = 6_378_137.0;

  /** The circumference of the projected world in metres. */
  private static final double WORLD = 2 * Math.PI * RADIUS;

  private WebMercator() {}

  /**
   * Unit x (0 at 180° W, 1 at 180° E, as map tiles count) of an easting in metres.
   *
   * @see #fromUnitX
   */
  public static double unitX(double x) {
    return x / WORLD + 0.5;
  }

  /** Unit y (0 at the top of the tile world, 1 at the bottom) of a northing in metres. */
  public static double unitY(double y) {
    return 0.5 - y / WORLD;
  }

  /** Easting in metres of a unit x. */
  public static double fromUnitX(double ux) {
    return (ux - 0.5) * WORLD;
  }

  /** Northing in metres of a unit y. */
  public static double fromUnitY(double uy) {
    return (0.5 - uy) * WORLD;
  }

  /** Easting in metres of a longitude in degrees. */
  public static double x(double lon) {
    return Math.toRadians(lon) * RADIUS;
  }

  /** Northing in metres of a latitude in degrees. */
  public static double y(double lat) {
    double phi = Math.toRadians(lat);
    return RADIUS * Math.log(Math.tan(Math.PI / 4 + phi / 2));
  }

  /** Longitude in degrees of an easting in metres. */
  public static double lon(double x) {
    return Math.toDegrees(x / RADIUS);
  }

  /** Latitude in degrees of a northing in metres. */
  public static double lat(double y) {
    return Math.toDegrees(2 * Math.atan(Math.exp(y / RADIUS)) - Math.PI / 2);
  }

  /** A lon/lat geometry (degrees) in web-Mercator metres. */
  public static Geometry project(Geometry lonLat) {
    return transform(lonLat, true);
  }

  /** A web-Mercator geometry (metres) in lon/lat degrees. */
  public static Geometry unproject(Geometry mercator) {
    return transform(mercator, false);
  }

  private static Geometry transform(Geometry g, boolean forward) {
    return new GeometryTransformer() {
      @Override
      protected CoordinateSequence transformCoordinates(
          CoordinateSequence coords, Geometry parent) {
        CoordinateSequence out = coords.copy();
        for (int i = 0; i < out.size(); i++) {
          double a = coords.getX(i);
          double b = coords.getY(i);
          out.setOrdinate(i, 0, forward ? x(a) : lon(a));
          out.setOrdinate(i, 1, forward ? y(b) : lat(b));
        }
        return out;
      }
    }.transform(g);
  }

  /** Projected metres per ground metre at a latitude (the scale factor, 1 / cos φ). */
  public static double scale(double lat) {
    return 1 / Math.cos(Math.toRadians(lat));
  }
}
