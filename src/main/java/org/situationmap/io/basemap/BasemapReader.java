package org.situationmap.io.basemap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Streams a GeoJSON FeatureCollection of lines and polygons (the offline basemap files in {@code
 * data/basemap/}) into JTS geometries. Points and unknown geometry types are skipped. Not
 * thread-safe; create one per read.
 */
public final class BasemapReader {
  private static final JsonFactory JSON = new JsonFactory();
  private final GeometryFactory factory = new GeometryFactory();

  /** Reads a whole layer. */
  public BasemapLayer read(String name, InputStream in) throws IOException {
    List<BasemapFeature> features = new ArrayList<>();
    try (JsonParser p = JSON.createParser(in)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if ("features".equals(field)) {
          expect(p, p.currentToken(), JsonToken.START_ARRAY);
          while (p.nextToken() == JsonToken.START_OBJECT) {
            BasemapFeature f = readFeature(p);
            if (f != null) {
              features.add(f);
            }
          }
        } else {
          p.skipChildren();
        }
      }
    }
    return new BasemapLayer(name, features);
  }

  private BasemapFeature readFeature(JsonParser p) throws IOException {
    Geometry geometry = null;
    Map<String, String> props = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      if ("geometry".equals(field) && t == JsonToken.START_OBJECT) {
        geometry = readGeometry(p);
      } else if ("properties".equals(field) && t == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          JsonToken v = p.nextToken();
          if (v.isScalarValue() && v != JsonToken.VALUE_NULL) {
            props.put(key, p.getText());
          } else {
            p.skipChildren();
          }
        }
      } else {
        p.skipChildren();
      }
    }
    return geometry == null ? null : new BasemapFeature(geometry, props);
  }

  private Geometry readGeometry(JsonParser p) throws IOException {
    String type = null;
    Object coords = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if ("type".equals(field)) {
        type = p.getText();
      } else if ("coordinates".equals(field)) {
        coords = readNested(p);
      } else {
        p.skipChildren();
      }
    }
    if (type == null || coords == null) {
      return null;
    }
    return switch (type) {
      case "LineString" -> line(coords);
      case "MultiLineString" ->
          factory.createMultiLineString(
              asList(coords).stream().map(this::line).toArray(LineString[]::new));
      case "Polygon" -> polygon(coords);
      case "MultiPolygon" ->
          factory.createMultiPolygon(
              asList(coords).stream().map(this::polygon).toArray(Polygon[]::new));
      default -> null;
    };
  }

  /** Reads nested arrays of numbers into lists, with leaves as double[] pairs. */
  private Object readNested(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new IOException("expected an array at " + p.currentLocation());
    }
    JsonToken first = p.nextToken();
    if (first.isNumeric()) {
      double x = p.getDoubleValue();
      p.nextToken();
      double y = p.getDoubleValue();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        p.skipChildren();
      }
      return new double[] {x, y};
    }
    List<Object> list = new ArrayList<>();
    while (p.currentToken() != JsonToken.END_ARRAY) {
      list.add(readNested(p));
      p.nextToken();
    }
    return list;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> asList(Object o) {
    return (List<Object>) o;
  }

  private Coordinate[] coordinates(Object o) {
    return asList(o).stream()
        .map(c -> new Coordinate(((double[]) c)[0], ((double[]) c)[1]))
        .toArray(Coordinate[]::new);
  }

  private LineString line(Object o) {
    return factory.createLineString(coordinates(o));
  }

  private Polygon polygon(Object o) {
    List<Object> rings = asList(o);
    LinearRing shell = factory.createLinearRing(coordinates(rings.get(0)));
    LinearRing[] holes =
        rings.subList(1, rings.size()).stream()
            .map(r -> factory.createLinearRing(coordinates(r)))
            .toArray(LinearRing[]::new);
    return factory.createPolygon(shell, holes);
  }

  private static void expect(JsonParser p, JsonToken actual, JsonToken expected)
      throws IOException {
    if (actual != expected) {
      throw new IOException("expected " + expected + " at " + p.currentLocation());
    }
  }
}
