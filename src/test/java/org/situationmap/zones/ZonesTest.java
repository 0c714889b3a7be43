package org.situationmap.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.situationmap.domain.Confidence;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.GeoPoint;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.domain.Source;
import org.situationmap.timeline.TimelineIndex;

/** Zone maths on layers with known answers. */
class ZonesTest {
  private static final GeometryFactory GF = new GeometryFactory();
  private static final LocalDate DAY = LocalDate.of(2022, 6, 1);

  /** A lon/lat quadrangle as land, in web-Mercator metres (its edges are straight there). */
  private static LandRegion square(
      String name, double lon1, double lat1, double lon2, double lat2) {
    Envelope env =
        new Envelope(
            WebMercator.x(lon1), WebMercator.x(lon2), WebMercator.y(lat1), WebMercator.y(lat2));
    return LandRegion.of(name, GF.toGeometry(env));
  }

  private static Place place(String id, double lon, double lat, String... entries) {
    List<ControlChange> control = new ArrayList<>();
    for (String e : entries) {
      String[] parts = e.split(":");
      control.add(
          new ControlChange(
              LocalDate.parse(parts[0]),
              ControlStatus.fromWord(parts[1]).orElseThrow(),
              Confidence.CONFIRMED,
              List.of(new Source("Test", "fixture", LocalDate.of(2022, 1, 1), null))));
    }
    return new Place(id, id, PlaceKind.TOWN, new GeoPoint(lat, lon), control, List.of());
  }

  private static Place site(String id, double lon, double lat, String entry) {
    Place p = place(id, lon, lat, entry);
    return new Place(id, id, PlaceKind.SITE, p.location(), p.control(), List.of());
  }

  @Test
  void twoPlacesOnASquareSplitItInHalfAlongTheirBisector() {
    LandRegion land = square("Square", 38.0, 48.0, 38.2, 48.2);
    TimelineIndex index =
        TimelineIndex.of(
            List.of(
                place("west", 38.05, 48.1, "2022-01-01:ukraine"),
                place("east", 38.15, 48.1, "2022-01-01:russia")));
    ZoneState state = new Zones(index, List.of(land), 100).at(DAY);

    double half = EllipsoidArea.quadrangleKm2(38.0, 48.0, 38.1, 48.2);
    assertEquals(half, state.km2(0, ControlStatus.UKRAINE), half * 0.005);
    assertEquals(half, state.km2(0, ControlStatus.RUSSIA), half * 0.005);
    assertEquals(0, state.km2(0, ControlStatus.UNKNOWN), half * 0.005);
    // The front runs along the meridian halfway between them, across the whole square.
    assertEquals(1, state.front().size());
    Envelope front = state.front().get(0).getEnvelopeInternal();
    assertEquals(WebMercator.x(38.1), front.getMinX(), 1);
    assertEquals(WebMercator.x(38.1), front.getMaxX(), 1);
    assertEquals(WebMercator.y(48.0), front.getMinY(), 1);
    assertEquals(WebMercator.y(48.2), front.getMaxY(), 1);
  }

  @Test
  void landFartherThanTheCapStaysUnassigned() {
    LandRegion land = square("Square", 37.0, 47.5, 39.0, 48.5);
    TimelineIndex index =
        TimelineIndex.of(List.of(place("only", 38.0, 48.0, "2022-01-01:ukraine")));
    ZoneState state = new Zones(index, List.of(land), 5).at(DAY);

    double disc = Math.PI * 5 * 5;
    assertEquals(disc, state.km2(0, ControlStatus.UKRAINE), disc * 0.01);
    assertEquals(
        land.km2() - state.km2(0, ControlStatus.UKRAINE),
        state.km2(0, ControlStatus.UNKNOWN),
        1e-6);
    assertTrue(state.front().isEmpty(), "no front along unassigned land");
  }

  @Test
  void neighboursOfOneStatusAddUpAndOnlyRussiaAgainstTheOthersIsAFront() {
    LandRegion land = square("Square", 38.0, 48.0, 38.3, 48.1);
    TimelineIndex index =
        TimelineIndex.of(
            List.of(
                place("a", 38.05, 48.05, "2022-01-01:ukraine"),
                place("b", 38.15, 48.05, "2022-01-01:ukraine"),
                place("c", 38.25, 48.05, "2022-01-01:russia", "2022-07-01:contested")));
    Zones zones = new Zones(index, List.of(land), 100);
    ZoneState june = zones.at(DAY);

    double third = EllipsoidArea.quadrangleKm2(38.0, 48.0, 38.1, 48.1);
    assertEquals(2 * third, june.km2(0, ControlStatus.UKRAINE), third * 0.01);
    assertEquals(third, june.km2(0, ControlStatus.RUSSIA), third * 0.01);
    assertEquals(1, june.front().size(), "a front between b and c only, none between a and b");
    assertEquals(WebMercator.x(38.2), june.front().get(0).getEnvelopeInternal().getMinX(), 1);

    ZoneState july = zones.at(LocalDate.of(2022, 7, 2));
    assertEquals(third, july.km2(0, ControlStatus.CONTESTED), third * 0.01);
    assertTrue(july.front().isEmpty(), "contested against ukraine is no front");
  }

  @Test
  void sitesAndPlacesWithoutAStatusYetMakeNoZone() {
    LandRegion land = square("Square", 38.0, 48.0, 38.2, 48.2);
    TimelineIndex index =
        TimelineIndex.of(
            List.of(
                place("west", 38.05, 48.1, "2022-01-01:ukraine"),
                site("plant", 38.15, 48.1, "2022-01-01:russia"),
                place("later", 38.15, 48.15, "2023-01-01:russia")));
    Zones zones = new Zones(index, List.of(land), 100);

    ZoneState before = zones.at(DAY);
    assertEquals(land.km2(), before.km2(0, ControlStatus.UKRAINE), land.km2() * 0.005);
    assertEquals(0, before.km2(0, ControlStatus.RUSSIA), 1e-9);

    ZoneState after = zones.at(LocalDate.of(2023, 6, 1));
    assertTrue(
        after.km2(0, ControlStatus.RUSSIA) > 0, "the later place has a zone once it has a status");
    assertEquals(2, after.cells().size());
  }

  @Test
  void placesGetTheCellThatContainsAPointAndSeaOrUnassignedLandNone() {
    LandRegion land = square("Square", 38.0, 48.0, 38.2, 48.2);
    TimelineIndex index =
        TimelineIndex.of(
            List.of(
                place("west", 38.05, 48.1, "2022-01-01:ukraine"),
                place("east", 38.15, 48.1, "2022-01-01:russia")));
    ZoneState state = new Zones(index, List.of(land), 5).at(DAY);
    assertEquals(0, state.placeAt(WebMercator.x(38.06), WebMercator.y(48.1)));
    assertEquals(1, state.placeAt(WebMercator.x(38.14), WebMercator.y(48.1)));
    assertEquals(-1, state.placeAt(WebMercator.x(38.5), WebMercator.y(48.1)), "off the land");
    assertEquals(-1, state.placeAt(WebMercator.x(38.1), WebMercator.y(48.19)), "beyond the cap");
  }

  @Test
  void cellsSplitAtRegionBoundariesAndAreCountedPerRegion() {
    LandRegion west = square("West", 38.0, 48.0, 38.1, 48.2);
    LandRegion east = square("East", 38.1, 48.0, 38.2, 48.2);
    TimelineIndex index =
        TimelineIndex.of(List.of(place("middle", 38.1, 48.1, "2022-01-01:russia")));
    ZoneState state = new Zones(index, List.of(west, east), 100).at(DAY);
    assertEquals(2, state.cells().size());
    assertEquals(west.km2(), state.km2(0, ControlStatus.RUSSIA), west.km2() * 0.005);
    assertEquals(east.km2(), state.km2(1, ControlStatus.RUSSIA), east.km2() * 0.005);
  }

  @Test
  void emptyLayersHaveOnlyUnassignedLand() {
    LandRegion land = square("Square", 38.0, 48.0, 38.2, 48.2);
    ZoneState state = new Zones(TimelineIndex.of(List.of()), List.of(land), 15).at(DAY);
    assertEquals(land.km2(), state.km2(ControlStatus.UNKNOWN), 1e-9);
    assertTrue(state.cells().isEmpty());
  }

  @Test
  void coincidentPlacesShareOneCell() {
    LandRegion land = square("Square", 38.0, 48.0, 38.2, 48.2);
    TimelineIndex index =
        TimelineIndex.of(
            List.of(
                place("one", 38.1, 48.1, "2022-01-01:ukraine"),
                place("two", 38.1, 48.1, "2022-01-01:ukraine")));
    ZoneState state = new Zones(index, List.of(land), 100).at(DAY);
    assertEquals(land.km2(), state.km2(ControlStatus.UKRAINE), land.km2() * 0.005);
  }

  static Geometry point(double lon, double lat) {
    return GF.createPoint(new Coordinate(WebMercator.x(lon), WebMercator.y(lat)));
  }
}
