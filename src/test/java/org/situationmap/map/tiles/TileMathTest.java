package org.situationmap.map.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TileMathTest {
  @Test
  void originOfTheWorldIsItsCentreAtZoomZero() {
    assertEquals(128.0, TileMath.lonToX(0, 0), 1e-9);
    assertEquals(128.0, TileMath.latToY(0, 0), 1e-9);
  }

  @Test
  void mercatorLimitIsTheTopEdge() {
    assertEquals(0.0, TileMath.latToY(TileMath.MAX_LATITUDE, 3), 1e-6);
    assertEquals(0.0, TileMath.latToY(89.9, 3), 1e-6, "latitudes beyond the limit are clamped");
  }

  /** Expected values from the OpenStreetMap wiki's reference formula (asinh(tan φ)). */
  @ParameterizedTest
  @CsvSource({
    "48.9482, 38.4909, 10, 621.4852266666667, 351.88871489737016",
    "47.0, 37.5, 7, 77.33333333333333, 45.02095659151931"
  })
  void latLonToTileCoordinates(double lat, double lon, int zoom, double tx, double ty) {
    assertEquals(tx, TileMath.lonToX(lon, zoom) / TileMath.TILE_SIZE, 1e-9);
    assertEquals(ty, TileMath.latToY(lat, zoom) / TileMath.TILE_SIZE, 1e-9);
    assertEquals((long) tx, TileMath.tileX(lon, zoom));
    assertEquals((long) ty, TileMath.tileY(lat, zoom));
  }

  @Test
  void tileCornerBackToLatLon() {
    double x = 621 * 256.0;
    double y = 345 * 256.0;
    assertEquals(38.3203125, TileMath.xToLon(x, 10), 1e-9);
    assertEquals(50.51342652633955, TileMath.yToLat(y, 10), 1e-9);
  }

  @ParameterizedTest
  @CsvSource({"48.45, 38.45, 7.4", "-33.9, 151.2, 12", "0, 0, 0", "70, -170, 18"})
  void pixelRoundTrip(double lat, double lon, double zoom) {
    assertEquals(lat, TileMath.yToLat(TileMath.latToY(lat, zoom), zoom), 1e-9);
    assertEquals(lon, TileMath.xToLon(TileMath.lonToX(lon, zoom), zoom), 1e-9);
  }

  @Test
  void tileIndicesAreClampedToTheWorld() {
    assertEquals(0, TileMath.tileX(-180, 4));
    assertEquals(15, TileMath.tileX(180, 4));
    assertEquals(15, TileMath.tileY(-89, 4));
  }

  @Test
  void groundResolution() {
    assertEquals(818.3416813556669, TileMath.metresPerPixel(48, 7), 1e-6);
  }
}
