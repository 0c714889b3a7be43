package org.situationmap.zones;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** Keeps the polygons of an overlay's result, dropping stray lines and points. Stateless. */
final class Polygonal {
  private Polygonal() {}

  /** The polygonal part of a geometry (a Polygon, a MultiPolygon, or empty). */
  static Geometry part(Geometry g) {
    if (g.getDimension() == 2 && !(g.getGeometryType().equals("GeometryCollection"))) {
      return g;
    }
    List<Polygon> polygons = new ArrayList<>();
    collect(g, polygons);
    return g.getFactory().buildGeometry(polygons);
  }

  private static void collect(Geometry g, List<Polygon> out) {
    if (g instanceof Polygon p) {
      if (!p.isEmpty()) {
        out.add(p);
      }
      return;
    }
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part != g) {
        collect(part, out);
      }
    }
  }
}
