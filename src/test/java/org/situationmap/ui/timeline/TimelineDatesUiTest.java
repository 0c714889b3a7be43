package org.situationmap.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.app.SituationMapApp;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Dates on the running app's timeline: the date field hints at the forms it reads and says what is
 * wrong with a day that does not exist or lies outside the data (and does not move); the strip
 * labels every year, and the wheel zooms into a period, labelling its months.
 */
@Tag("ui")
class TimelineDatesUiTest extends FxRobot {
  private static final LocalDate START = LocalDate.of(2022, 5, 1);
  private static SituationMapApp app;
  private static InWindow window;

  @BeforeAll
  static void start() throws Exception {
    app =
        AppHarness.start(
            SituationMapApp.class,
            "--date=" + START,
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
    Fx.run(() -> app.state().setDate(START));
    TextField field = window.node("#date-field", TextField.class);
    Fx.run(field::clear);
    if (window.find("#zoom-reset").map(n -> Fx.call(n::isVisible)).orElse(false)) {
      clickOn(InWindow.centreOf(window.node("#zoom-reset", Node.class)));
    }
  }

  private void typeDate(String typed) {
    TextField field = window.node("#date-field", TextField.class);
    Fx.run(field::clear);
    clickOn(InWindow.centreOf(field));
    write(typed);
    Fx.waitUntil("the field says " + typed, () -> typed.equals(field.getText()));
    type(KeyCode.ENTER);
  }

  private static String problem() {
    Label problem = window.node("#date-problem", Label.class);
    return Fx.call(() -> problem.isVisible() ? problem.getText() : "");
  }

  @Test
  void theFieldHintsAtTheFormsItReads() {
    TextField field = window.node("#date-field", TextField.class);
    assertEquals("e.g. 2022-06-25", Fx.call(field::getPromptText));
    String tip = Fx.call(() -> field.getTooltip().getText());
    assertEquals(
        "Type a date as 2022-06-25 or 25 June 2022. The data runs from 12 Apr 2014 to 3 Jul 2022.",
        tip);
  }

  @Test
  void aDayThatDoesNotExistIsNamedNotCorrected() {
    typeDate("31 June 2022");
    Fx.waitUntil("a message shows", () -> !problem().isEmpty());
    assertEquals("There is no day “31 June 2022” in the calendar.", problem());
    assertEquals(START, Fx.call(() -> app.state().getDate()), "the date stays");
    typeDate("2022-02-30");
    assertEquals("There is no day “2022-02-30” in the calendar.", problem());
  }

  @Test
  void aDateOutsideTheDataIsExplainedNotClamped() {
    typeDate("2030-01-01");
    Fx.waitUntil("a message shows", () -> !problem().isEmpty());
    assertEquals("1 January 2030 is after the data, which ends on 3 July 2022.", problem());
    assertEquals(START, Fx.call(() -> app.state().getDate()), "the date stays");
    typeDate("1 March 2014");
    assertEquals("1 March 2014 is before the data, which starts on 12 April 2014.", problem());
    type(KeyCode.BACK_SPACE);
    Fx.waitUntil("editing hides the message", () -> problem().isEmpty());
    typeDate("2022-06-25");
    Fx.waitUntil(
        "a good date goes there", () -> app.state().getDate().equals(LocalDate.of(2022, 6, 25)));
    assertEquals("", problem());
  }

  @Test
  void everyYearIsLabelled() {
    for (int year : IntStream.rangeClosed(2014, 2022).toArray()) {
      assertTrue(
          Fx.call(() -> window.labelled(Integer.toString(year)).isVisible()),
          year + " is labelled");
    }
  }

  @Test
  void theWheelZoomsIntoAPeriodAndAllDatesShowsEverythingAgain() {
    Slider slider = window.node("#date-slider", Slider.class);
    double wholeRange = Fx.call(() -> slider.getMax() - slider.getMin());
    Node strip = window.node("#activity-strip", Node.class);
    Point2D over =
        Fx.call(
            () -> {
              Bounds b = strip.localToScreen(strip.getBoundsInLocal());
              return new Point2D(b.getMinX() + b.getWidth() * 0.9, b.getCenterY());
            });
    moveTo(over);
    // a wheel turned away from the person zooms in; the headless robot turns it the other way
    scroll(12, VerticalDirection.UP);
    if (Fx.call(() -> slider.getMax() - slider.getMin()) >= wholeRange) {
      scroll(12, VerticalDirection.DOWN);
    }
    Fx.waitUntil(
        "the slider spans a shorter period",
        () -> slider.getMax() - slider.getMin() < wholeRange / 10);
    assertTrue(
        Fx.call(
            () -> slider.getMin() <= START.toEpochDay() && START.toEpochDay() <= slider.getMax()),
        "the period holds the selected date");
    assertEquals(START, Fx.call(() -> app.state().getDate()), "zooming leaves the date alone");
    List<String> months =
        window.all(".axis-month", Label.class).stream().map(l -> Fx.call(l::getText)).toList();
    assertTrue(months.size() >= 3 && months.contains("Jan"), "months are labelled: " + months);
    assertTrue(
        window.all(".axis-year", Label.class).stream()
            .anyMatch(l -> "2022".equals(Fx.call(l::getText))),
        "the year is labelled too");

    clickOn(InWindow.centreOf(window.node("#zoom-reset", Node.class)));
    Fx.waitUntil("all dates show again", () -> slider.getMax() - slider.getMin() == wholeRange);
    assertFalse(Fx.call(() -> window.node("#zoom-reset", Node.class).isVisible()));
  }

  @Test
  void aClickOnTheStripGoesToThatDay() {
    Node strip = window.node("#activity-strip", Node.class);
    Slider slider = window.node("#date-slider", Slider.class);
    Point2D middle = InWindow.centreOf(strip);
    long expected = Fx.call(() -> Math.round((slider.getMin() + slider.getMax()) / 2));
    clickOn(middle);
    Fx.waitUntil("the date moves", () -> !app.state().getDate().equals(START));
    long days = Fx.call(() -> app.state().getDate().toEpochDay());
    assertTrue(
        Math.abs(days - expected) <= 7, "the middle of the strip: " + LocalDate.ofEpochDay(days));
  }
}
