package org.situationmap.generate;

/**
 * A front line that runs roughly north–south and moves west over the period: places east of it are
 * held by Russia. {@code t} is the fraction of the period, in [0, 1].
 */
final class Front {
  private static final int STEPS = 256;

  private Front() {}

  /** Longitude of the front at a latitude and time. */
  static double lon(double lat, double t) {
    return 39.25 - 1.7 * Math.pow(t, 0.8) + 0.3 * Math.sin(lat * 2.7 + t * 4.0);
  }

  /** Whether a place is behind (east of) the front at time t. */
  static boolean held(double lat, double lon, double t) {
    return lon > lon(lat, t);
  }

  /**
   * The time at which the place is nearest to the front, in [0, 1]: where the front crosses it, or
   * where it comes closest.
   */
  static double nearest(double lat, double lon) {
    double best = 0;
    double bestDistance = Double.MAX_VALUE;
    for (int i = 0; i <= STEPS; i++) {
      double t = (double) i / STEPS;
      double d = Math.abs(lon - lon(lat, t));
      if (d < bestDistance) {
        bestDistance = d;
        best = t;
      }
    }
    return best;
  }
}
