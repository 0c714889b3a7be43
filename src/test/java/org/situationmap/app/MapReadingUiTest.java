package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.map.overlay.MapFrame;
import org.situationmap.map.overlay.OverlayLayer;
import org.situationmap.map.overlay.PlacedName;
import org.situationmap.map.places.PlacedLabel;
import org.situationmap.map.places.Projection;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.situationmap.testing.LabelReading;
import org.situationmap.testing.MapViews;
import org.situationmap.testing.Pixels;
import org.situationmap.ui.main.MapPane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Reading the map of the bundled layer on 13 June 2022 in the real app: every name drawn reads as
 * its own place's at the zooms the buttons reach, the oblast names keep clear of the towns' names,
 * a place under the pointer says what it is and since when, the legend hides what is under it, the
 * buttons and the wheel zoom by useful steps where they should, "fit" shows every place, and
 * resizing the window keeps the centre.
 */
@Tag("ui")
class MapReadingUiTest extends FxRobot {
  private static final LocalDate DAY = LocalDate.of(2022, 6, 13);
  private static SituationMapApp app;
  private static InWindow window;
  private static OverlayLayer layer;

  @BeforeAll
  static void start() throws Exception {
    app = AppHarness.start(SituationMapApp.class, "--date=2022-06-13");
    AppHarness.waitUntil("the bundled layer is loaded", () -> app.state().getLayer() != null);
    window = InWindow.of(app.view());
    layer = app.mapController().mapLayer();
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  @BeforeEach
  void reset() {
    Fx.run(
        () -> {
          app.state().setDate(DAY);
          app.state().selectedProperty().set(-1);
        });
    MapViews.show(
        app.view().mapPane(),
        layer,
        MapPane.DONBAS_CENTRE.getLatitude(),
        MapPane.DONBAS_CENTRE.getLongitude(),
        MapPane.DONBAS_ZOOM);
  }

  @Test
  void everyNameReadsAsItsOwnPlaceAndTheOblastNamesKeepClearOfThem() {
    Fx.waitUntil("the oblast names are written", () -> !layer.basemapNames().isEmpty());
    checkNames(MapPane.DONBAS_ZOOM);
    List<String> oblasts =
        Fx.call(() -> layer.basemapNames().stream().map(n -> n.name().text()).toList());
    assertTrue(oblasts.contains("DONETSK OBLAST"), oblasts.toString());
    for (double zoom : new double[] {6.4, 5.4}) {
      clickOn(InWindow.centreOf(window.node("#zoom-out", Node.class)));
      awaitZoom(zoom);
      checkNames(zoom);
    }
    for (double zoom : new double[] {6.4, 7.4, 8.4, 9.4}) {
      clickOn(InWindow.centreOf(window.node("#zoom-in", Node.class)));
      awaitZoom(zoom);
      checkNames(zoom);
    }
  }

  /** Every place name drawn reads as its own place's; no oblast name crosses one. */
  private static void checkNames(double zoom) {
    List<String> wrong =
        Fx.call(
            () -> {
              MapFrame f = layer.drawnProperty().get();
              List<String> found = new ArrayList<>();
              List<PlacedLabel> labels = layer.labels();
              for (PlacedLabel label : labels) {
                int tied =
                    LabelReading.tiedPlace(
                        f.places(), f.projection(), f.width(), f.height(), label);
                if (tied != label.i()) {
                  found.add(
                      name(label.i()) + " reads as " + (tied < 0 ? "two places" : name(tied)));
                }
              }
              for (PlacedName n : layer.basemapNames()) {
                for (PlacedLabel label : labels) {
                  Rectangle2D b = label.bounds(f.places().set());
                  if (b.intersects(n.bounds())) {
                    found.add(n.name().text() + " crosses " + name(label.i()));
                  }
                }
              }
              if (labels.isEmpty() && zoom >= 7) {
                found.add("no names at zoom " + zoom);
              }
              return found;
            });
    assertEquals(List.of(), wrong, "at zoom " + zoom);
  }

  @Test
  void hoverShowsThePlaceItsStatusAndSinceWhen() {
    int i = Fx.call(() -> app.state().getLayer().index().indexOf("sievierodonetsk"));
    var at = Fx.call(() -> app.state().getLayer().index().place(i).location());
    MapViews.show(app.view().mapPane(), layer, at.lat(), at.lon(), 10);
    moveTo(MapViews.onScreen(layer, i));
    Fx.waitUntil(
        "the tooltip shows", () -> window.find("#place-tooltip").orElseThrow().isVisible());
    assertEquals("Siverskodonetsk", window.text("#place-tooltip-name"));
    assertEquals("Contested since 30 May 2022", window.text("#place-tooltip-status"));
    Fx.run(() -> app.state().setDate(LocalDate.of(2022, 6, 26)));
    Fx.waitUntil(
        "the tooltip follows the date",
        () -> "Russia since 25 June 2022".equals(window.text("#place-tooltip-status")));
    moveTo(MapViews.onScreen(layer, i).add(0, 60));
    Fx.waitUntil(
        "the tooltip goes off a place",
        () -> !window.find("#place-tooltip").orElseThrow().isVisible());
  }

  @Test
  void theLegendHidesTheMapUnderIt() throws Exception {
    Node legend = window.node("#legend", Node.class);
    WritableImage shot = Pixels.snapshot(app.view());
    Point2D inside =
        Fx.call(
            () -> {
              Bounds b = app.view().sceneToLocal(legend.localToScene(legend.getBoundsInLocal()));
              return new Point2D(b.getMaxX() - 4, b.getMinY() + b.getHeight() / 2);
            });
    Color c = Pixels.at(shot, inside.getX(), inside.getY());
    assertEquals("#FFFFFF", Pixels.hex(c), "the legend's ground, over the map");
  }

  @Test
  void theButtonsZoomALevelAroundTheCentreAndFitShowsEveryPlace() {
    Point2D centre = centreUnits();
    clickOn(InWindow.centreOf(window.node("#zoom-in", Node.class)));
    awaitZoom(MapPane.DONBAS_ZOOM + 1);
    assertCentredOn(centre);
    clickOn(InWindow.centreOf(window.node("#zoom-out", Node.class)));
    clickOn(InWindow.centreOf(window.node("#zoom-out", Node.class)));
    awaitZoom(MapPane.DONBAS_ZOOM - 1);
    assertCentredOn(centre);
    MapViews.show(app.view().mapPane(), layer, 48.0, 37.8, 11);
    clickOn(InWindow.centreOf(window.node("#zoom-fit", Node.class)));
    int n = Fx.call(() -> app.state().getLayer().index().size());
    Fx.waitUntil(
        "every place is in view",
        () -> {
          for (int i = 0; i < n; i++) {
            if (!layer.isInView(i)) {
              return false;
            }
          }
          return true;
        });
    double zoom = Fx.call(() -> layer.projection().zoom());
    assertTrue(zoom > 6.5 && zoom < 8.5, "the places fill the view: zoom " + zoom);
  }

  @Test
  void aWheelNotchZoomsHalfALevelKeepingThePointUnderThePointer() {
    int i = Fx.call(() -> app.state().getLayer().index().indexOf("donetsk"));
    Point2D before = MapViews.onScreen(layer, i);
    Node map = Fx.call(() -> app.view().mapPane().mapView());
    // One notch of a mouse wheel as the X server reports it: 40 pixels (Gluon zooms 0.1 for it).
    Fx.run(() -> map.fireEvent(notch(map, before, 40)));
    awaitZoom(MapPane.DONBAS_ZOOM + 0.5);
    Point2D after = MapViews.onScreen(layer, i);
    assertTrue(before.distance(after) < 1.5, "Donetsk stays under the pointer: " + after);
    Fx.run(() -> map.fireEvent(notch(map, before, -40)));
    awaitZoom(MapPane.DONBAS_ZOOM);
  }

  @Test
  void resizingTheWindowKeepsTheCentreItShowsAfterADrag() {
    Point2D centreBeforeDrag = centreUnits();
    Point2D from = Fx.call(() -> layer.localToScreen(layer.getLayoutBounds().getWidth() / 2, 300));
    drag(from).dropTo(from.add(-150, -90));
    Fx.waitUntil(
        "the drag moved the map",
        () ->
            layer.projection().x(centreBeforeDrag.getX())
                < layer.drawnProperty().get().width() / 2 - 100);
    Point2D centre = centreUnits();
    Stage stage = Fx.call(() -> (Stage) window.window());
    double width = Fx.call(stage::getWidth);
    double height = Fx.call(stage::getHeight);
    double mapWidth = Fx.call(() -> layer.drawnProperty().get().width());
    double mapHeight = Fx.call(() -> layer.drawnProperty().get().height());
    try {
      Fx.run(() -> stage.setWidth(width - 180));
      Fx.waitUntil(
          "the map is narrower", () -> layer.drawnProperty().get().width() < mapWidth - 100);
      assertCentredOn(centre);
      Fx.run(() -> stage.setHeight(height - 120));
      Fx.waitUntil("the map is lower", () -> layer.drawnProperty().get().height() < mapHeight - 60);
      assertCentredOn(centre);
    } finally {
      Fx.run(
          () -> {
            stage.setWidth(width);
            stage.setHeight(height);
          });
    }
  }

  /** One notch of a mouse wheel at a point of the screen, as the X server reports it. */
  private static ScrollEvent notch(Node map, Point2D screen, double deltaY) {
    Point2D scene = map.localToScene(map.screenToLocal(screen));
    return new ScrollEvent(
        map,
        map,
        ScrollEvent.SCROLL,
        scene.getX(),
        scene.getY(),
        screen.getX(),
        screen.getY(),
        false,
        false,
        false,
        false,
        false,
        false,
        0,
        deltaY,
        0,
        deltaY,
        ScrollEvent.HorizontalTextScrollUnits.NONE,
        0,
        ScrollEvent.VerticalTextScrollUnits.NONE,
        0,
        0,
        null);
  }

  /** The unit Mercator point at the centre of the map drawn. */
  private static Point2D centreUnits() {
    return Fx.call(
        () -> {
          MapFrame f = layer.drawnProperty().get();
          Projection p = f.projection();
          return new Point2D(p.unitXAt(f.width() / 2), p.unitYAt(f.height() / 2));
        });
  }

  private static void assertCentredOn(Point2D units) {
    Fx.waitUntil(
        "the map is centred on what it was",
        () -> {
          MapFrame f = layer.drawnProperty().get();
          Projection p = f.projection();
          return Math.abs(p.x(units.getX()) - f.width() / 2) <= 1.5
              && Math.abs(p.y(units.getY()) - f.height() / 2) <= 1.5;
        });
  }

  private static void awaitZoom(double zoom) {
    Fx.waitUntil(
        "the map shows zoom " + zoom,
        () -> layer.projection() != null && Math.abs(layer.projection().zoom() - zoom) < 1e-6);
  }

  private static String name(int i) {
    return app.state().getLayer().index().place(i).name();
  }
}
