package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.testing.AppHarness;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real app on the bundled layer, as a reader of the June 2022 report would use it. */
@Tag("ui")
class BundledDataUiTest extends FxRobot {
  private static SituationMapApp app;

  @BeforeAll
  static void start() throws Exception {
    app = AppHarness.start(SituationMapApp.class, "--date=2022-06-26");
    AppHarness.waitUntil("the bundled layer is loaded", () -> app.state().getLayer() != null);
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  @Test
  void clickingSievierodonetskShowsItsSourcedStory() {
    int i = app.state().getLayer().index().indexOf("sievierodonetsk");
    interact(() -> app.view().mapPane().show(new com.gluonhq.maps.MapPoint(48.9441, 38.4875), 10));
    WaitForAsyncUtils.waitForFxEvents();
    Point2D local = app.mapController().mapLayer().positionOf(i);
    Point2D screen = app.mapController().mapLayer().localToScreen(local);
    clickOn(screen);
    assertEquals(i, app.state().getSelected(), "the click selects Sievierodonetsk");
    // Renamed Siverskodonetsk by the Verkhovna Rada on 19 September 2024 (data/README.md, naming
    // rule).
    assertEquals("Siverskodonetsk", lookup("#notes-title").queryAs(Label.class).getText());
    assertEquals(
        "Russia since 25 June 2022", lookup("#notes-status").queryAs(Label.class).getText());
    String notes =
        lookup("#notes-list").queryAs(VBox.class).lookupAll(".label").stream()
            .map(n -> ((Label) n).getText())
            .collect(Collectors.joining("\n"));
    assertTrue(notes.contains("second bridge"), "the bridge note is shown");
    assertTrue(notes.contains("Azot"), "the Azot plant's notes are shown");
    assertTrue(notes.contains("40 children"), "the civilians sheltering at Azot");
    assertTrue(notes.contains("Governor Serhiy Haidai, statement on Telegram"), "with its source");
  }

  @Test
  void searchingArtemivskSelectsBakhmut() {
    clickOn("#search-field").write("Artemivsk").type(KeyCode.ENTER);
    int bakhmut = app.state().getLayer().index().indexOf("bakhmut");
    assertEquals(bakhmut, app.state().getSelected());
    assertEquals("Bakhmut", lookup("#notes-title").queryAs(Label.class).getText());
    interact(() -> app.state().setDate(LocalDate.of(2022, 6, 26)));
  }
}
