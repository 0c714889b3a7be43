package org.situationmap.domain;

/**
 * A WGS84 position. Note the order: latitude first here, while GeoJSON writes {@code [lon, lat]}.
 * Immutable and thread-safe.
 *
 * @param lat latitude in degrees, finite, in [-90, 90]
 * @param lon longitude in degrees, finite, in [-180, 180]
 */
public record GeoPoint(double lat, double lon) {

  /** Validates the ranges. */
  public GeoPoint {
    if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
      throw new IllegalArgumentException("latitude must be between -90 and 90, got " + lat);
    }
    if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("longitude must be between -180 and 180, got " + lon);
    }
  }
}
