package org.situationmap.zones;

import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Areas on the WGS84 ellipsoid of geometries given in web-Mercator metres. Edges are densified to
 * 500 m, projected with the ellipsoidal Lambert azimuthal equal-area projection (Snyder, <i>Map
 * Projections: A Working Manual</i>, §24) centred on the Donbas, and measured there; the projection
 * keeps areas exactly, so the only error is the densification's (well under 0.1 % for shapes of a
 * few km or more). Stateless and thread-safe.
 */
public final class EllipsoidArea {
  private static final double A = 6_378_137.0;
  private static final double F = 1 / 298.257223563;
  private static final double E2 = F * (2 - F);
  private static final double E = Math.sqrt(E2);
  private static final double LAT0 = Math.toRadians(48.5);
  private static final double LON0 = Math.toRadians(38.5);
  private static final double QP = q(Math.PI / 2);
  private static final double RQ = A * Math.sqrt(QP / 2);
  private static final double BETA1 = Math.asin(q(LAT0) / QP);
  private static final double D =
      A
          * Math.cos(LAT0)
          / Math.sqrt(1 - E2 * Math.sin(LAT0) * Math.sin(LAT0))
          / (RQ * Math.cos(BETA1));
  private static final double DENSIFY_METRES = 500;

  private EllipsoidArea() {}

  /** Area in km² of a (multi)polygon in web-Mercator metres; 0 for lines, points and empties. */
  public static double km2(Geometry mercator) {
    if (mercator.isEmpty() || mercator.getDimension() < 2) {
      return 0;
    }
    Geometry g = Densifier.densify(mercator, DENSIFY_METRES);
    g = g.copy();
    g.apply(new ToEqualArea());
    return g.getArea() / 1e6;
  }

  /**
   * Exact area in km² of the quadrangle between two meridians and two parallels, for tests and
   * checks: (a²/2)·Δλ·(q(φ2) − q(φ1)).
   */
  public static double quadrangleKm2(double lon1, double lat1, double lon2, double lat2) {
    double dl = Math.toRadians(Math.abs(lon2 - lon1));
    double dq = Math.abs(q(Math.toRadians(lat2)) - q(Math.toRadians(lat1)));
    return A * A / 2 * dl * dq / 1e6;
  }

  /** Snyder's q(φ) (eq. 3-12). */
  private static double q(double phi) {
    double s = Math.sin(phi);
    return (1 - E2) * (s / (1 - E2 * s * s) - Math.log((1 - E * s) / (1 + E * s)) / (2 * E));
  }

  /** Projects a lon/lat in radians to equal-area metres (Snyder eqs. 24-16 to 24-18). */
  static void project(double lon, double lat, Coordinate out) {
    double beta = Math.asin(q(lat) / QP);
    double dl = lon - LON0;
    double b =
        RQ
            * Math.sqrt(
                2
                    / (1
                        + Math.sin(BETA1) * Math.sin(beta)
                        + Math.cos(BETA1) * Math.cos(beta) * Math.cos(dl)));
    out.x = b * D * Math.cos(beta) * Math.sin(dl);
    out.y =
        b
            / D
            * (Math.cos(BETA1) * Math.sin(beta) - Math.sin(BETA1) * Math.cos(beta) * Math.cos(dl));
  }

  private static final class ToEqualArea implements CoordinateSequenceFilter {
    private final Coordinate c = new Coordinate();

    @Override
    public void filter(CoordinateSequence seq, int i) {
      double lon = Math.toRadians(WebMercator.lon(seq.getX(i)));
      double lat = Math.toRadians(WebMercator.lat(seq.getY(i)));
      project(lon, lat, c);
      seq.setOrdinate(i, 0, c.x);
      seq.setOrdinate(i, 1, c.y);
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  }
}
