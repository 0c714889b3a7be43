package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The real app on the bundled layer: compare mode between the day of the June 2022 report and 10
 * July marks the places that fell (Lysychansk, Siverskodonetsk) and not those that held
 * (Kramatorsk); Shift+→ says in the status bar what changed on the day it reaches.
 */
@Tag("ui")
class CompareModeUiTest extends FxRobot {
  private static SituationMapApp app;
  private static InWindow window;

  @BeforeAll
  static void start() throws Exception {
    app = AppHarness.startLoaded("--date=2022-07-10");
    window = InWindow.of(app.view());
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  private static int indexOf(String id) {
    return Fx.call(() -> app.state().getLayer().index().indexOf(id));
  }

  @Test
  void theMapMarksThePlacesThatChangedBetweenTheTwoDates() {
    clickOn(InWindow.centreOf(window.labelled("Compare")));
    TextField field = window.node("#compare-date", TextField.class);
    clickOn(InWindow.centreOf(field));
    write("2022-06-13");
    type(KeyCode.ENTER);
    Fx.waitUntil(
        "compare mode is on",
        () -> LocalDate.parse("2022-06-13").equals(app.state().compareDateProperty().get()));
    int lysychansk = indexOf("lysychansk");
    int siverskodonetsk = indexOf("sievierodonetsk");
    int kramatorsk = indexOf("kramatorsk");
    Fx.waitUntil(
        "Lysychansk is marked", () -> app.mapController().mapLayer().frame().halo(lysychansk));
    PlaceFrame frame = Fx.call(() -> app.mapController().mapLayer().frame());
    assertTrue(frame.halo(siverskodonetsk), "Siverskodonetsk fell between the dates");
    assertFalse(frame.halo(kramatorsk), "Kramatorsk held");
    assertTrue(window.text("#compare-summary").contains("between 13 June 2022 and 10 July 2022"));

    clickOn(InWindow.centreOf(window.node("#compare-stop", Node.class)));
    Fx.waitUntil(
        "marks are the last week's again",
        () -> !app.mapController().mapLayer().frame().halo(siverskodonetsk));
  }

  @Test
  void shiftRightSaysWhatChangedOnTheDayItReaches() {
    Fx.run(() -> app.state().setDate(LocalDate.parse("2023-03-07")));
    Fx.run(() -> app.view().mapPane().requestFocus());
    press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
    Fx.waitUntil(
        "the date moves to Bakhmut's change",
        () -> app.state().getDate().equals(LocalDate.parse("2023-03-08")));
    String message = Fx.call(() -> app.view().statusBar().getMessage());
    assertTrue(message.startsWith("8 March 2023: "), message);
    assertTrue(message.contains("Bakhmut Ukraine → Contested"), message);
  }
}
