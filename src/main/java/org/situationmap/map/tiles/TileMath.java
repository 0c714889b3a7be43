package org.situationmap.map.tiles;

/**
 * Web Mercator (EPSG:3857) arithmetic for 256-pixel slippy-map tiles, the scheme used by Gluon Maps
 * and OpenStreetMap.
 *
 * <p>"World pixels" at zoom {@code z} run from 0 to {@code 256 * 2^z} in both axes, with (0, 0) at
 * 180°W, 85.0511°N. Stateless and thread-safe.
 */
public final class TileMath {
  /** Edge length of one tile in pixels. */
  public static final int TILE_SIZE = 256;

  /** Latitude limit of the Web Mercator square. */
  public static final double MAX_LATITUDE = 85.0511287798066;

  private TileMath() {}

  /** Size of the world in pixels at a zoom level. */
  public static double worldSize(double zoom) {
    return TILE_SIZE * Math.pow(2, zoom);
  }

  /** Longitude to world pixel x. */
  public static double lonToX(double lon, double zoom) {
    return (lon + 180.0) / 360.0 * worldSize(zoom);
  }

  /** Latitude to world pixel y (clamped to the Mercator limit). */
  public static double latToY(double lat, double zoom) {
    return mercatorY(lat) * worldSize(zoom);
  }

  /**
   * Latitude to the unit Mercator coordinate: 0 at the north edge of the world square, 1 at the
   * south edge.
   */
  public static double mercatorY(double lat) {
    double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
    double sin = Math.sin(Math.toRadians(clamped));
    return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  }

  /** World pixel x to longitude. */
  public static double xToLon(double x, double zoom) {
    return x / worldSize(zoom) * 360.0 - 180.0;
  }

  /** World pixel y to latitude. */
  public static double yToLat(double y, double zoom) {
    double n = Math.PI - 2 * Math.PI * y / worldSize(zoom);
    return Math.toDegrees(Math.atan(Math.sinh(n)));
  }

  /** Index of the tile column containing a longitude at an integer zoom. */
  public static long tileX(double lon, int zoom) {
    return clampTile((long) Math.floor(lonToX(lon, zoom) / TILE_SIZE), zoom);
  }

  /** Index of the tile row containing a latitude at an integer zoom. */
  public static long tileY(double lat, int zoom) {
    return clampTile((long) Math.floor(latToY(lat, zoom) / TILE_SIZE), zoom);
  }

  /** Metres on the ground per pixel at a latitude and zoom (WGS84 equatorial radius). */
  public static double metresPerPixel(double lat, double zoom) {
    return Math.cos(Math.toRadians(lat)) * 2 * Math.PI * 6378137.0 / worldSize(zoom);
  }

  private static long clampTile(long t, int zoom) {
    long max = (1L << zoom) - 1;
    return Math.max(0, Math.min(max, t));
  }
}
