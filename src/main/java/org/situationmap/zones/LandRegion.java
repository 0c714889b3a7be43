package org.situationmap.zones;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The land of one oblast that zones divide, in web-Mercator metres, with its area. Immutable and
 * thread-safe.
 *
 * @param name the oblast as places name it in {@code admin1}, e.g. "Donetsk Oblast"
 * @param land polygonal land (sea and lakes taken out), web-Mercator metres
 * @param km2 the land's area on the ellipsoid
 */
public record LandRegion(String name, Geometry land, double km2) {
  /** Validates. */
  public LandRegion {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a land region needs a name");
    }
    if (land == null || land.getDimension() != 2) {
      throw new IllegalArgumentException("the land of " + name + " must be polygonal");
    }
  }

  /** A region from polygonal land in web-Mercator metres; its area is measured. */
  public static LandRegion of(String name, Geometry mercatorLand) {
    return new LandRegion(name, mercatorLand, EllipsoidArea.km2(mercatorLand));
  }

  /** The land prepared for repeated containment tests. */
  PreparedGeometry prepared() {
    return PreparedGeometryFactory.prepare(land);
  }
}
