package org.situationmap.io.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * The offline basemap reader: every geometry kind the basemap uses, in any member order; points and
 * other kinds skipped; scalar properties as text; malformed input refused with an IOException. The
 * bundled layers are checked against an independent reading with Jackson's tree model.
 */
class BasemapReaderTest {
  private static BasemapLayer read(String json) throws IOException {
    InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    return new BasemapReader().read("test", in);
  }

  private static String feature(String geometry, String properties) {
    return "{\"type\": \"Feature\", \"geometry\": "
        + geometry
        + ", \"properties\": "
        + properties
        + "}";
  }

  private static String collection(String... features) {
    return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
  }

  @Test
  void readsLinesAndPolygonsWithTheirCoordinates() throws IOException {
    BasemapLayer layer =
        read(
            collection(
                feature(
                    "{\"type\": \"LineString\", \"coordinates\": [[38.1, 48.2], [38.3, 48.4, 120]]}",
                    "{}"),
                feature(
                    "{\"type\": \"MultiLineString\", \"coordinates\": [[[37, 47], [37.5, 47.5]],"
                        + " [[39, 49], [39.5, 49.5], [40, 50]]]}",
                    "{}"),
                feature(
                    "{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [4, 0], [4, 4], [0, 4], [0,"
                        + " 0]], [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]]]}",
                    "{}"),
                feature(
                    "{\"type\": \"MultiPolygon\", \"coordinates\": [[[[0, 0], [1, 0], [1, 1], [0,"
                        + " 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]]}",
                    "{}")));
    assertEquals("test", layer.name());
    assertEquals(4, layer.features().size());

    LineString line = (LineString) layer.features().get(0).geometry();
    assertEquals(
        List.of(new Coordinate(38.1, 48.2), new Coordinate(38.3, 48.4)),
        List.of(line.getCoordinates()),
        "x is the longitude; a third number (height) is left out");

    MultiLineString lines = (MultiLineString) layer.features().get(1).geometry();
    assertEquals(2, lines.getNumGeometries());
    assertEquals(3, lines.getGeometryN(1).getNumPoints());

    Polygon polygon = (Polygon) layer.features().get(2).geometry();
    assertEquals(1, polygon.getNumInteriorRing(), "the hole");
    assertEquals(16 - 1, polygon.getArea(), 1e-12);

    MultiPolygon polygons = (MultiPolygon) layer.features().get(3).geometry();
    assertEquals(2, polygons.getNumGeometries());
    assertEquals(1.0, polygons.getArea(), 1e-12);
  }

  @Test
  void membersMayComeInAnyOrder() throws IOException {
    BasemapLayer layer =
        read(
            "{\"features\": [{\"properties\": {\"name\": \"Siverskyi Donets\"}, \"geometry\":"
                + " {\"coordinates\": [[38, 49], [39, 48]], \"type\": \"LineString\"}, \"type\":"
                + " \"Feature\", \"id\": 7}], \"type\": \"FeatureCollection\", \"bbox\": [1, 2, 3,"
                + " 4]}");
    assertEquals(1, layer.features().size());
    assertEquals("Siverskyi Donets", layer.features().get(0).property("name"));
    assertEquals(2, layer.features().get(0).geometry().getNumPoints());
  }

  @Test
  void pointsOtherKindsAndFeaturesWithoutGeometryAreSkipped() throws IOException {
    BasemapLayer layer =
        read(
            collection(
                feature("{\"type\": \"Point\", \"coordinates\": [38, 48]}", "{}"),
                feature("{\"type\": \"MultiPoint\", \"coordinates\": [[38, 48]]}", "{}"),
                feature(
                    "{\"type\": \"GeometryCollection\", \"geometries\": [{\"type\": \"Point\","
                        + " \"coordinates\": [1, 2]}]}",
                    "{}"),
                feature("null", "{\"name\": \"no geometry\"}"),
                "{\"type\": \"Feature\", \"properties\": {}}",
                feature("{\"type\": \"LineString\", \"coordinates\": [[1, 2], [3, 4]]}", "null")));
    assertEquals(1, layer.features().size(), "only the line");
    assertEquals(Map.of(), layer.features().get(0).properties());
  }

  @Test
  void scalarPropertiesAreKeptAsTextTheRestLeftOut() throws IOException {
    BasemapLayer layer =
        read(
            collection(
                feature(
                    "{\"type\": \"LineString\", \"coordinates\": [[1, 2], [3, 4]]}",
                    "{\"name\": \"Donetsk\", \"level\": 1, \"labelLat\": 47.9836, \"shown\": true,"
                        + " \"note\": null, \"alt\": [\"a\", \"b\"], \"meta\": {\"k\": \"v\"}}")));
    BasemapFeature f = layer.features().get(0);
    assertEquals(
        Map.of("name", "Donetsk", "level", "1", "labelLat", "47.9836", "shown", "true"),
        f.properties());
    assertNull(f.property("note"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "{\"features\": {}}",
        "{\"features\": [{\"geometry\": {\"type\": \"LineString\", \"coordinates\": 5}}]}",
        "{\"features\": [{\"geometry\": {\"type\": \"LineString\", \"coordinates\": [[1, 2], [3"
      })
  void malformedInputIsRefusedWithAnIoException(String json) {
    assertThrows(IOException.class, () -> read(json));
  }

  /**
   * The bundled layers as the app reads them agree with Jackson's tree model of the same files: the
   * same features in the same order (lines and polygons), the same number of positions, the same
   * scalar properties.
   */
  @ParameterizedTest
  @ValueSource(strings = {"coast", "oblasts", "borders", "rivers"})
  void bundledLayersAgreeWithATreeModelReading(String name) throws IOException {
    Path file = Path.of("data", "basemap", name + ".geojson");
    BasemapLayer layer;
    try (InputStream in = Files.newInputStream(file)) {
      layer = new BasemapReader().read(name, in);
    }
    List<JsonNode> expected = new java.util.ArrayList<>();
    for (JsonNode f : new ObjectMapper().readTree(file.toFile()).get("features")) {
      String type = f.path("geometry").path("type").asText();
      if (List.of("LineString", "MultiLineString", "Polygon", "MultiPolygon").contains(type)) {
        expected.add(f);
      }
    }
    assertTrue(expected.size() > 0, "the layer has lines or polygons");
    assertEquals(expected.size(), layer.features().size());
    for (int i = 0; i < expected.size(); i++) {
      JsonNode want = expected.get(i);
      BasemapFeature got = layer.features().get(i);
      Geometry g = got.geometry();
      assertEquals(want.get("geometry").get("type").asText(), g.getGeometryType(), "feature " + i);
      assertEquals(
          positions(want.get("geometry").get("coordinates")), g.getNumPoints(), "feature " + i);
      var props = want.path("properties").fields();
      int scalars = 0;
      while (props.hasNext()) {
        var p = props.next();
        if (p.getValue().isNumber()) {
          assertEquals(p.getValue().asDouble(), Double.parseDouble(got.property(p.getKey())));
          scalars++;
        } else if (p.getValue().isTextual()) {
          assertEquals(p.getValue().asText(), got.property(p.getKey()));
          scalars++;
        }
      }
      assertEquals(scalars, got.properties().size(), "feature " + i + " has no other properties");
    }
  }

  @Test
  void theBundledBasemapHasTheOblastsAndTheSiverskyiDonets() throws IOException {
    Basemap basemap = Basemap.loadBundled();
    for (String oblast : List.of("Donetsk", "Luhansk")) {
      BasemapFeature f =
          basemap.oblasts().features().stream()
              .filter(o -> oblast.equals(o.property("name")))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no " + oblast + " oblast"));
      assertEquals("UA", f.property("country"));
      Coordinate label =
          new Coordinate(
              Double.parseDouble(f.property("labelLon")),
              Double.parseDouble(f.property("labelLat")));
      assertTrue(
          f.geometry().contains(f.geometry().getFactory().createPoint(label)),
          oblast + "'s label lies inside it");
    }
    assertTrue(
        basemap.rivers().features().stream()
            .anyMatch(r -> "Siverskyi Donets".equals(r.property("name"))));
    assertTrue(basemap.coast().features().size() > 0 && basemap.borders().features().size() > 0);
  }

  /** Positions in a GeoJSON coordinates array of any depth. */
  private static int positions(JsonNode coordinates) {
    if (coordinates.size() > 0 && coordinates.get(0).isNumber()) {
      return 1;
    }
    int n = 0;
    for (JsonNode c : coordinates) {
      n += positions(c);
    }
    return n;
  }
}
