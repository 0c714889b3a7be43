package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.layer.Layer;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.situationmap.testing.MapViews;
import org.situationmap.testing.Pixels;
import org.situationmap.ui.main.MapPane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * User flows on the real app: scrub, play, step through changes, open a broken file. Lookups stay
 * in the app's window (or its dialog) and run on the FX thread; the test waits for the state it
 * expects, never for a fixed time.
 */
@Tag("ui")
class MapTimelineUiTest extends FxRobot {
  private static final String UKRAINE = "#0072B2";
  private static final String RUSSIA = "#D55E00";
  private static SituationMapApp app;
  private static InWindow window;

  @BeforeAll
  static void start() throws Exception {
    app =
        AppHarness.start(
            SituationMapApp.class,
            "--date=2022-05-01",
            AppHarness.resource("/app/small.geojson").toString());
    AppHarness.waitUntil("the layer is loaded", () -> app.state().getLayer() != null);
    window = InWindow.of(app.view());
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  @BeforeEach
  void reset() {
    Fx.run(
        () -> {
          app.timeline().pause();
          app.state().setDate(LocalDate.of(2022, 5, 1));
          app.state().selectedProperty().set(-1);
          app.timeline().onlyInViewProperty().set(false);
        });
    MapViews.show(
        app.view().mapPane(),
        app.mapController().mapLayer(),
        MapPane.DONBAS_CENTRE.getLatitude(),
        MapPane.DONBAS_CENTRE.getLongitude(),
        MapPane.DONBAS_ZOOM);
    Fx.run(() -> app.view().mapPane().requestFocus());
  }

  private static LocalDate date() {
    return Fx.call(() -> app.state().getDate());
  }

  private static void awaitDate(LocalDate expected) {
    Fx.waitUntil("the date is " + expected, () -> expected.equals(app.state().getDate()));
  }

  private void click(String selector) {
    clickOn(InWindow.centreOf(window.node(selector, Node.class)));
  }

  @Test
  void draggingTheSliderToTheSeizureTurnsSievierodonetskRussian() throws Exception {
    assertEquals(UKRAINE, markerColour("sievierodonetsk"), "Ukrainian before the battle");
    Slider slider = window.node("#date-slider", Slider.class);
    long target = LocalDate.of(2022, 6, 26).toEpochDay();
    record Geometry(Point2D thumb, Point2D drop, double daysPerPixel) {}
    Geometry g =
        Fx.call(
            () -> {
              Node thumb = slider.lookup(".thumb");
              Node trackNode = slider.lookup(".track");
              Bounds t = thumb.localToScreen(thumb.getBoundsInLocal());
              Bounds track = trackNode.localToScreen(trackNode.getBoundsInLocal());
              double range = slider.getMax() - slider.getMin();
              double x = track.getMinX() + (target - slider.getMin()) / range * track.getWidth();
              return new Geometry(
                  new Point2D(t.getCenterX(), t.getCenterY()),
                  new Point2D(x, track.getCenterY()),
                  range / track.getWidth());
            });
    drag(g.thumb()).dropTo(g.drop());
    long off = date().toEpochDay() - target;
    assertTrue(
        Math.abs(off) <= 6 * g.daysPerPixel(),
        "the drag lands within a few pixels of 26 June 2022, was " + date());
    for (long i = 0; i < Math.abs(off); i++) {
      type(off > 0 ? KeyCode.LEFT : KeyCode.RIGHT);
    }
    awaitDate(LocalDate.of(2022, 6, 26));
    assertEquals("26 June 2022", window.text("#date-label"));
    assertEquals(RUSSIA, markerColour("sievierodonetsk"));
    assertEquals(UKRAINE, markerColour("lysychansk"), "Lysychansk held until 3 July 2022");
  }

  @Test
  void spaceStartsPlaybackAndTheDateAdvances() {
    LocalDate before = date();
    type(KeyCode.SPACE);
    assertTrue(Fx.call(() -> app.timeline().playingProperty().get()));
    AppHarness.waitUntil(
        "the date advances", () -> app.state().getDate().isAfter(before.plusDays(3)));
    type(KeyCode.SPACE);
    assertFalse(Fx.call(() -> app.timeline().playingProperty().get()), "Space again pauses");
  }

  @Test
  void shiftRightLandsOnTheNextChangeDate() {
    press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
    assertEquals(LocalDate.of(2022, 5, 30), date());
    press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
    assertEquals(LocalDate.of(2022, 6, 25), date());
    press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
    assertEquals(LocalDate.of(2022, 5, 30), date());
    type(KeyCode.END);
    assertEquals(LocalDate.of(2022, 7, 3), date());
  }

  @Test
  void nextChangeInViewConsidersOnlyVisiblePlaces() {
    MapViews.show(app.view().mapPane(), app.mapController().mapLayer(), 48.5956, 38.0025, 12);
    click("#changes-in-view");
    Fx.waitUntil("only changes in view count", () -> app.timeline().onlyInViewProperty().get());
    Fx.run(() -> app.view().mapPane().requestFocus());
    press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
    assertEquals(
        LocalDate.of(2022, 5, 1), date(), "only Bakhmut is in view, and it has no later change");
    press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
    assertEquals(LocalDate.of(2022, 2, 24), date(), "Bakhmut's own change");
  }

  @Test
  void clickingTheMapAfterTypingGivesTheKeysBackToTheTimeline() {
    TextField field = window.node("#date-field", TextField.class);
    click("#date-field");
    write("2022");
    Fx.waitUntil("the date field says 2022", () -> "2022".equals(field.getText()));
    clickOn(InWindow.centreOf(app.view().mapPane().mapView()));
    type(KeyCode.RIGHT);
    assertEquals(LocalDate.of(2022, 5, 2), date());
    Fx.run(field::clear);
  }

  @Test
  void typingADateGoesThere() {
    click("#date-field");
    write("2014-07-05").type(KeyCode.ENTER);
    awaitDate(LocalDate.of(2014, 7, 5));
    click("#date-field");
    write("25 June 2022").type(KeyCode.ENTER);
    awaitDate(LocalDate.of(2022, 6, 25));
  }

  @Test
  void legendCountsFollowTheDate() {
    Fx.run(() -> app.state().setDate(LocalDate.of(2022, 6, 26)));
    assertEquals("1", window.text("#legend-count-russia"));
    assertEquals("3", window.text("#legend-count-ukraine"));
    Fx.run(() -> app.state().setDate(LocalDate.of(2022, 7, 3)));
    assertEquals("2", window.text("#legend-count-russia"));
  }

  @Test
  void openingABrokenFileShowsTheProblemAndKeepsTheLayer() {
    Layer before = Fx.call(() -> app.state().getLayer());
    Fx.run(() -> app.files().open(AppHarness.resource("/app/broken.geojson")));
    InWindow dialog = window.awaitDialog("error-dialog");
    assertEquals("Could not open broken.geojson", Fx.call(dialog.dialogPane()::getHeaderText));
    String details = dialog.text("#error-details");
    assertTrue(details.matches("(?s).*broken\\.geojson:\\d+:\\d+: .*"), details);
    assertFalse(
        Fx.call(dialog.dialogPane()::getContentText).contains("Exception"),
        "no stack trace as the message");
    assertSame(before, Fx.call(() -> app.state().getLayer()), "the previous layer stays loaded");
    dialog.close();
  }

  private String markerColour(String id) throws Exception {
    Point2D p =
        Fx.call(
            () ->
                app.mapController()
                    .mapLayer()
                    .positionOf(app.state().getLayer().index().indexOf(id)));
    Color c = Pixels.at(Pixels.snapshot(app.view().mapPane().mapView()), p.getX(), p.getY());
    return Pixels.hex(c);
  }
}
