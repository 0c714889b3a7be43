package org.situationmap.zones;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Writes dissolved zones as an RFC 7946 FeatureCollection: one MultiPolygon feature per region and
 * status with the properties {@code status}, {@code oblast}, {@code area_km2} and {@code method};
 * outer rings counter-clockwise, holes clockwise, coordinates snapped to 6 decimals (slivers that
 * collapse at that precision are dropped). Stateless.
 */
public final class ZonesGeoJson {
  /** The method word of zones derived from the nearest place. */
  public static final String NEAREST_PLACE = "nearest-place";

  private static final PrecisionModel SIX_DECIMALS = new PrecisionModel(1e6);

  private ZonesGeoJson() {}

  /** Writes the zones to a stream (left open). */
  public static void write(List<Dissolved.Zone> zones, String method, OutputStream out)
      throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (Dissolved.Zone z : zones) {
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("properties");
        g.writeStringField("status", z.status().word());
        g.writeStringField("oblast", z.region());
        g.writeFieldName("area_km2");
        g.writeNumber(BigDecimal.valueOf(z.km2()).setScale(1, RoundingMode.HALF_UP));
        g.writeStringField("method", method);
        g.writeEndObject();
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "MultiPolygon");
        g.writeArrayFieldStart("coordinates");
        Geometry shape =
            GeometryPrecisionReducer.reduce(GeometryFixer.fix(z.lonLat()), SIX_DECIMALS);
        for (int i = 0; i < shape.getNumGeometries(); i++) {
          if (shape.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
            g.writeStartArray();
            ring(g, p.getExteriorRing(), true);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
              ring(g, p.getInteriorRingN(h), false);
            }
            g.writeEndArray();
          }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeRaw('\n');
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void ring(JsonGenerator g, LinearRing ring, boolean outer) throws IOException {
    Coordinate[] c = ring.getCoordinates();
    boolean ccw = Orientation.isCCWArea(c);
    boolean reverse = outer != ccw;
    g.writeStartArray();
    for (int i = 0; i < c.length; i++) {
      Coordinate p = c[reverse ? c.length - 1 - i : i];
      g.writeStartArray();
      g.writeNumber(BigDecimal.valueOf(p.x).setScale(6, RoundingMode.HALF_UP));
      g.writeNumber(BigDecimal.valueOf(p.y).setScale(6, RoundingMode.HALF_UP));
      g.writeEndArray();
    }
    g.writeEndArray();
  }
}
