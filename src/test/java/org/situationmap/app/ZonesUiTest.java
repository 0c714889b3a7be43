package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.GeoPoint;
import org.situationmap.io.basemap.Basemap;
import org.situationmap.map.places.PlaceStyle;
import org.situationmap.map.zones.ZoneStyle;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.situationmap.testing.MapProbe;
import org.situationmap.testing.Pixels;
import org.situationmap.timeline.TimelineIndex;
import org.situationmap.zones.BasemapLand;
import org.situationmap.zones.WebMercator;
import org.situationmap.zones.ZoneState;
import org.situationmap.zones.Zones;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Control zones in the real app on the bundled layer, as a reader of the June 2022 report would see
 * them: the land between Lysychansk and Siverskodonetsk turns to the Russia fill after the cities
 * fell, the land west of Lysychansk shows the Ukraine fill before; a click in a zone selects its
 * place; View ▸ Control zones turns them off and on and is remembered.
 */
@Tag("ui")
class ZonesUiTest extends FxRobot {
  private static final LocalDate JUNE_1 = LocalDate.of(2022, 6, 1);
  private static final LocalDate JULY_10 = LocalDate.of(2022, 7, 10);
  private static final MapProbe probe = new MapProbe();
  private static SituationMapApp app;
  private static InWindow window;
  private static Zones reference;

  @BeforeAll
  static void start() throws Exception {
    app = AppHarness.startLoaded("--date=2022-07-10");
    Fx.run(() -> app.view().mapPane().addLayer(probe));
    window = InWindow.of(app.view());
    TimelineIndex index = Fx.call(() -> app.state().getLayer().index());
    reference = new Zones(index, BasemapLand.regions(Basemap.loadBundled()), Zones.DEFAULT_CAP_KM);
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  @Test
  void landBetweenLysychanskAndSiverskodonetskIsRussianInJuly() throws Exception {
    GeoPoint between = along("lysychansk", "sievierodonetsk", 0.35, 0);
    ZoneState expected = showZones(JULY_10, between);
    int place = placeAt(expected, between);
    assertEquals(ControlStatus.RUSSIA, expected.status(place), "the zone's place is Russian");
    assertFill(ControlStatus.RUSSIA, between);
  }

  @Test
  void landWestOfLysychanskIsUkrainianOnTheFirstOfJune() throws Exception {
    GeoPoint west = along("lysychansk", "lysychansk", 0, -0.06);
    ZoneState expected = showZones(JUNE_1, west);
    int place = placeAt(expected, west);
    assertEquals(ControlStatus.UKRAINE, expected.status(place), "the zone's place is Ukrainian");
    assertFill(ControlStatus.UKRAINE, west);
    String russianKm2 = window.text("#legend-area-russia-0");
    assertEquals(
        String.format(Locale.ROOT, "%,d", Math.round(expected.km2(0, ControlStatus.RUSSIA))),
        russianKm2);
    assertTrue(window.text("#legend-zones-caveat").contains("not a surveyed front line"));
  }

  @Test
  void aClickInAZoneSelectsItsPlaceAndEscapeOrTheSeaClearsIt() throws Exception {
    GeoPoint between = along("lysychansk", "sievierodonetsk", 0.35, 0);
    ZoneState expected = showZones(JULY_10, between);
    int place = placeAt(expected, between);
    clickOn(screen(between));
    Fx.waitUntil("the zone's place is selected", () -> app.state().getSelected() == place);
    type(KeyCode.ESCAPE);
    Fx.waitUntil("Esc clears the selection", () -> app.state().getSelected() == -1);

    clickOn(screen(between));
    Fx.waitUntil("selected again", () -> app.state().getSelected() == place);
    GeoPoint sea = new GeoPoint(46.80, 37.75);
    showAt(sea, 9);
    clickOn(screen(sea));
    Fx.waitUntil("a click on the sea clears it", () -> app.state().getSelected() == -1);
  }

  @Test
  void viewMenuTurnsZonesOffAndOnAndRemembersIt() throws Exception {
    Fx.waitUntil("zones are shown", () -> app.state().getZones() != null);
    Path settings = Path.of(System.getProperty("situationmap.settings"));
    toggleZones();
    Fx.waitUntil("zones are off", () -> app.state().getZones() == null);
    assertFalse(Fx.call(() -> window.node("#legend-zones", Node.class).isVisible()));
    assertTrue(Files.readString(settings).contains("zones=false"), Files.readString(settings));
    toggleZones();
    Fx.waitUntil("zones are back", () -> app.state().getZones() != null);
    assertTrue(Fx.call(() -> window.node("#legend-zones", Node.class).isVisible()));
    assertTrue(Files.readString(settings).contains("zones=true"), Files.readString(settings));
  }

  /** View ▸ Control zones, clicked as a person would. */
  private void toggleZones() {
    clickOn(InWindow.centreOf(window.labelled("View")));
    clickOn(InWindow.centreOf(window.nodeInPopup("#menu-zones")));
  }

  /** A point a share of the way from one place to another, moved east by {@code dLon} degrees. */
  private static GeoPoint along(String fromId, String toId, double share, double dLon) {
    return Fx.call(
        () -> {
          TimelineIndex index = app.state().getLayer().index();
          GeoPoint a = index.place(index.indexOf(fromId)).location();
          GeoPoint b = index.place(index.indexOf(toId)).location();
          return new GeoPoint(
              a.lat() + share * (b.lat() - a.lat()), a.lon() + share * (b.lon() - a.lon()) + dLon);
        });
  }

  private static int placeAt(ZoneState zones, GeoPoint p) {
    int place = zones.placeAt(WebMercator.x(p.lon()), WebMercator.y(p.lat()));
    assertTrue(place >= 0, "the point lies in a zone");
    return place;
  }

  /** Sets the date, centres the map on a point and waits for the date's own zones. */
  private ZoneState showZones(LocalDate date, GeoPoint centre) {
    ZoneState expected = reference.at(date);
    Fx.run(
        () -> {
          app.state().zonesShownProperty().set(true);
          app.state().setDate(date);
        });
    Fx.waitUntil(
        "the zones of " + date + " are built",
        () -> {
          ZoneState z = app.state().getZones();
          return z != null
              && z.date().equals(date)
              && z.cells().size() == expected.cells().size()
              && app.mapController().mapLayer().zones() == z;
        });
    showAt(centre, 11);
    return expected;
  }

  private static void showAt(GeoPoint p, double zoom) {
    Fx.run(() -> app.view().mapPane().show(new com.gluonhq.maps.MapPoint(p.lat(), p.lon()), zoom));
    Fx.waitUntil(
        "the map is centred",
        () -> {
          Point2D at = probe.locate(p.lat(), p.lon());
          var map = app.view().mapPane().mapView();
          return at != null
              && Math.abs(at.getX() - map.getWidth() / 2) < 2
              && Math.abs(at.getY() - map.getHeight() / 2) < 2;
        });
  }

  private static Point2D screen(GeoPoint p) {
    return Fx.call(
        () -> {
          Point2D at = probe.locate(p.lat(), p.lon());
          return app.view().mapPane().mapView().localToScreen(at);
        });
  }

  /**
   * The map's pixel at a point is the zones-off pixel under the translucent fill of a status: the
   * colour a person sees there, whatever the basemap draws under it.
   */
  private static void assertFill(ControlStatus status, GeoPoint p) throws Exception {
    var map = app.view().mapPane().mapView();
    Point2D at = Fx.call(() -> probe.locate(p.lat(), p.lon()));
    // The basemap's tiles load in the background: measure zones on, off and on again until the
    // two readings with zones agree, so that both sides of the comparison have the same tiles.
    Color on = null;
    Color off = null;
    for (int tries = 0; tries < 10; tries++) {
      Color first = settledPixel(map, at);
      Fx.run(() -> app.state().zonesShownProperty().set(false));
      Fx.waitUntil("zones are off", () -> app.state().getZones() == null);
      off = settledPixel(map, at);
      Fx.run(() -> app.state().zonesShownProperty().set(true));
      Fx.waitUntil("zones are back", () -> app.state().getZones() != null);
      on = settledPixel(map, at);
      if (on.equals(first)) {
        break;
      }
    }
    for (ControlStatus s : new ControlStatus[] {ControlStatus.UKRAINE, ControlStatus.RUSSIA}) {
      String blend = Pixels.hex(over(off, PlaceStyle.colour(s), ZoneStyle.FILL_ALPHA));
      boolean near = Pixels.near(on, blend, 6);
      assertEquals(
          s == status,
          near,
          s + " fill " + blend + " over " + Pixels.hex(off) + " vs seen " + Pixels.hex(on));
    }
  }

  /**
   * The map's pixel at a point once it stops changing: the basemap's tiles load in the background,
   * so the pixel is read until two readings a quarter of a second apart agree.
   */
  private static Color settledPixel(Node map, Point2D at) throws Exception {
    Color last = Pixels.at(Pixels.snapshot(map), at.getX(), at.getY());
    for (int tries = 0; tries < 120; tries++) {
      Thread.sleep(250);
      Color now = Pixels.at(Pixels.snapshot(map), at.getX(), at.getY());
      if (now.equals(last)) {
        return now;
      }
      last = now;
    }
    throw new AssertionError("the map's pixel at " + at + " never settled");
  }

  private static Color over(Color base, Color fill, double alpha) {
    return new Color(
        base.getRed() * (1 - alpha) + fill.getRed() * alpha,
        base.getGreen() * (1 - alpha) + fill.getGreen() * alpha,
        base.getBlue() * (1 - alpha) + fill.getBlue() * alpha,
        1);
  }
}
