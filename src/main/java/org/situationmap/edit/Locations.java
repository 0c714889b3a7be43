package org.situationmap.edit;

import org.situationmap.domain.GeoPoint;
import org.situationmap.io.SituationWriter;

/**
 * Locations as a saved file keeps them: degrees to the writer's precision, so that a layer reads
 * back from its file exactly as it was edited. Stateless.
 */
final class Locations {
  private Locations() {}

  /** {@code point} with both degrees as the file writes them. */
  static GeoPoint asWritten(GeoPoint point) {
    return new GeoPoint(asWritten(point.lat()), asWritten(point.lon()));
  }

  private static double asWritten(double degrees) {
    return Double.parseDouble(SituationWriter.formatDegrees(degrees));
  }
}
