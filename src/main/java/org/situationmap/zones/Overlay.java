package org.situationmap.zones;

import java.util.Collection;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The overlay operations zones use, through JTS's robust OverlayNG (snapping when floating-point
 * noding fails), so that cells cut from real outlines never fail with a topology error. Stateless.
 */
final class Overlay {
  private Overlay() {}

  static Geometry intersection(Geometry a, Geometry b) {
    return OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
  }

  static Geometry difference(Geometry a, Geometry b) {
    return OverlayNGRobust.overlay(a, b, OverlayNG.DIFFERENCE);
  }

  static Geometry union(Collection<Geometry> parts) {
    return OverlayNGRobust.union(parts);
  }
}
