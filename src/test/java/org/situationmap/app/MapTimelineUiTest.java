package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.layer.Layer;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Pixels;
import org.situationmap.ui.main.MapPane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** User flows on the real app: scrub, play, step through changes, open a broken file. */
@Tag("ui")
class MapTimelineUiTest extends FxRobot {
  private static final String UKRAINE = "#0072B2";
  private static final String RUSSIA = "#D55E00";
  private static SituationMapApp app;

  @BeforeAll
  static void start() throws Exception {
    app =
        AppHarness.start(
            SituationMapApp.class,
            "--date=2022-05-01",
            AppHarness.resource("/app/small.geojson").toString());
    AppHarness.waitUntil("the layer is loaded", () -> app.state().getLayer() != null);
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  @BeforeEach
  void reset() {
    interact(
        () -> {
          app.timeline().pause();
          app.state().setDate(LocalDate.of(2022, 5, 1));
          app.state().selectedProperty().set(-1);
          app.timeline().onlyInViewProperty().set(false);
          app.view().mapPane().show(MapPane.DONBAS_CENTRE, MapPane.DONBAS_ZOOM);
          app.view().mapPane().requestFocus();
        });
  }

  @Test
  void draggingTheSliderToTheSeizureTurnsSievierodonetskRussian() throws Exception {
    assertEquals(UKRAINE, markerColour("sievierodonetsk"), "Ukrainian before the battle");
    Slider slider = lookup("#date-slider").queryAs(Slider.class);
    Node thumb = slider.lookup(".thumb");
    Bounds track =
        slider.lookup(".track").localToScreen(slider.lookup(".track").getBoundsInLocal());
    long target = LocalDate.of(2022, 6, 26).toEpochDay();
    double x =
        track.getMinX()
            + (target - slider.getMin()) / (slider.getMax() - slider.getMin()) * track.getWidth();
    drag(thumb).dropTo(new Point2D(x, track.getCenterY()));
    long off = app.state().getDate().toEpochDay() - target;
    double daysPerPixel = (slider.getMax() - slider.getMin()) / track.getWidth();
    assertTrue(
        Math.abs(off) <= 6 * daysPerPixel,
        "the drag lands within a few pixels of 26 June 2022, was " + app.state().getDate());
    for (long i = 0; i < Math.abs(off); i++) {
      type(off > 0 ? KeyCode.LEFT : KeyCode.RIGHT);
    }
    assertEquals(LocalDate.of(2022, 6, 26), app.state().getDate());
    assertEquals("26 June 2022", lookup("#date-label").queryAs(Label.class).getText());
    assertEquals(RUSSIA, markerColour("sievierodonetsk"));
    assertEquals(UKRAINE, markerColour("lysychansk"), "Lysychansk held until 3 July 2022");
  }

  @Test
  void spaceStartsPlaybackAndTheDateAdvances() {
    LocalDate before = app.state().getDate();
    type(KeyCode.SPACE);
    assertTrue(app.timeline().playingProperty().get());
    AppHarness.waitUntil(
        "the date advances", () -> app.state().getDate().isAfter(before.plusDays(3)));
    type(KeyCode.SPACE);
    assertTrue(!app.timeline().playingProperty().get(), "Space again pauses");
  }

  @Test
  void shiftRightLandsOnTheNextChangeDate() {
    press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
    assertEquals(LocalDate.of(2022, 5, 30), app.state().getDate());
    press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
    assertEquals(LocalDate.of(2022, 6, 25), app.state().getDate());
    press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
    assertEquals(LocalDate.of(2022, 5, 30), app.state().getDate());
    type(KeyCode.END);
    assertEquals(LocalDate.of(2022, 7, 3), app.state().getDate());
  }

  @Test
  void nextChangeInViewConsidersOnlyVisiblePlaces() {
    interact(() -> app.view().mapPane().show(new com.gluonhq.maps.MapPoint(48.5956, 38.0025), 12));
    WaitForAsyncUtils.waitForFxEvents();
    clickOn("#changes-in-view");
    interact(() -> app.view().mapPane().requestFocus());
    press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
    assertEquals(
        LocalDate.of(2022, 5, 1),
        app.state().getDate(),
        "only Bakhmut is in view, and it has no later change");
    press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
    assertEquals(LocalDate.of(2022, 2, 24), app.state().getDate(), "Bakhmut's own change");
  }

  @Test
  void clickingTheMapAfterTypingGivesTheKeysBackToTheTimeline() {
    clickOn("#date-field").write("2022");
    clickOn(app.view().mapPane().mapView());
    type(KeyCode.RIGHT);
    assertEquals(LocalDate.of(2022, 5, 2), app.state().getDate());
    interact(() -> lookup("#date-field").queryAs(javafx.scene.control.TextField.class).clear());
  }

  @Test
  void typingADateGoesThere() {
    clickOn("#date-field").write("2014-07-05").type(KeyCode.ENTER);
    assertEquals(LocalDate.of(2014, 7, 5), app.state().getDate());
    clickOn("#date-field").write("25 June 2022").type(KeyCode.ENTER);
    assertEquals(LocalDate.of(2022, 6, 25), app.state().getDate());
  }

  @Test
  void legendCountsFollowTheDate() {
    interact(() -> app.state().setDate(LocalDate.of(2022, 6, 26)));
    assertEquals("1", lookup("#legend-count-russia").queryAs(Label.class).getText());
    assertEquals("3", lookup("#legend-count-ukraine").queryAs(Label.class).getText());
    interact(() -> app.state().setDate(LocalDate.of(2022, 7, 3)));
    assertEquals("2", lookup("#legend-count-russia").queryAs(Label.class).getText());
  }

  @Test
  void openingABrokenFileShowsTheProblemAndKeepsTheLayer() {
    Layer before = app.state().getLayer();
    interact(() -> app.files().open(AppHarness.resource("/app/broken.geojson")));
    AppHarness.waitUntil(
        "the error dialog shows", () -> lookup("#error-dialog").tryQuery().isPresent());
    DialogPane dialog = lookup("#error-dialog").queryAs(DialogPane.class);
    assertEquals("Could not open broken.geojson", dialog.getHeaderText());
    String details = lookup("#error-details").queryAs(TextArea.class).getText();
    assertTrue(details.matches("(?s).*broken\\.geojson:\\d+:\\d+: .*"), details);
    assertTrue(!dialog.getContentText().contains("Exception"), "no stack trace as the message");
    assertSame(before, app.state().getLayer(), "the previous layer stays loaded");
    interact(() -> ((javafx.stage.Stage) dialog.getScene().getWindow()).close());
  }

  private String markerColour(String id) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    int i = app.state().getLayer().index().indexOf(id);
    Point2D p = app.mapController().mapLayer().positionOf(i);
    Color c = Pixels.at(Pixels.snapshot(app.view().mapPane().mapView()), p.getX(), p.getY());
    return Pixels.hex(c);
  }
}
