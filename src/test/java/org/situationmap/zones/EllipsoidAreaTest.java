package org.situationmap.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.util.GeometricShapeFactory;

/** Areas on the ellipsoid, against an independent numerical integration of its area element. */
class EllipsoidAreaTest {
  private static final double A = 6_378_137.0;
  private static final double F = 1 / 298.257223563;
  private static final double E2 = F * (2 - F);

  /** ∫∫ M(φ) N(φ) cos φ dφ dλ by Simpson's rule, in km². */
  private static double integrated(double lon1, double lat1, double lon2, double lat2) {
    int n = 2000;
    double a = Math.toRadians(lat1);
    double b = Math.toRadians(lat2);
    double h = (b - a) / n;
    double sum = 0;
    for (int i = 0; i <= n; i++) {
      double phi = a + i * h;
      double s2 = Math.sin(phi) * Math.sin(phi);
      double m = A * (1 - E2) / Math.pow(1 - E2 * s2, 1.5);
      double nn = A / Math.sqrt(1 - E2 * s2);
      double f = m * nn * Math.cos(phi);
      sum += f * (i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2));
    }
    return sum * h / 3 * Math.toRadians(lon2 - lon1) / 1e6;
  }

  @ParameterizedTest(name = "{0}..{2}°E, {1}..{3}°N")
  @CsvSource({
    "38.0, 48.0, 39.0, 49.0",
    "36.5, 46.8, 40.3, 50.2",
    "38.40, 48.90, 38.45, 48.95",
    "0.0, 0.0, 1.0, 1.0"
  })
  void quadranglesMatchTheIntegral(double lon1, double lat1, double lon2, double lat2) {
    double expected = integrated(lon1, lat1, lon2, lat2);
    Envelope env =
        new Envelope(
            WebMercator.x(lon1), WebMercator.x(lon2), WebMercator.y(lat1), WebMercator.y(lat2));
    double measured = EllipsoidArea.km2(new GeometryFactory().toGeometry(env));
    assertEquals(expected, measured, expected * 0.005);
    assertEquals(expected, EllipsoidArea.quadrangleKm2(lon1, lat1, lon2, lat2), expected * 1e-6);
  }

  @Test
  void aCircleOfTenKilometresOnTheGround() {
    GeometricShapeFactory shape = new GeometricShapeFactory();
    double lat = 48.5;
    shape.setCentre(
        new org.locationtech.jts.geom.Coordinate(WebMercator.x(38), WebMercator.y(lat)));
    shape.setSize(2 * 10_000 * WebMercator.scale(lat));
    shape.setNumPoints(256);
    double expected = Math.PI * 100;
    assertEquals(expected, EllipsoidArea.km2(shape.createCircle()), expected * 0.005);
  }

  @Test
  void linesAndPointsHaveNoArea() {
    GeometryFactory gf = new GeometryFactory();
    assertEquals(0, EllipsoidArea.km2(gf.createPoint()), 0);
    assertEquals(
        0,
        EllipsoidArea.km2(
            gf.createLineString(
                new org.locationtech.jts.geom.Coordinate[] {
                  new org.locationtech.jts.geom.Coordinate(0, 0),
                  new org.locationtech.jts.geom.Coordinate(1, 1)
                })),
        0);
  }
}
