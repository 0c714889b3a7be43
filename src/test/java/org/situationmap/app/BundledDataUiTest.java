package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.domain.GeoPoint;
import org.situationmap.map.overlay.OverlayLayer;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.situationmap.testing.MapViews;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The real app on the bundled layer, as a reader of the June 2022 report would use it. Lookups stay
 * in the app's window and run on the FX thread; the test waits for the state it expects.
 */
@Tag("ui")
class BundledDataUiTest extends FxRobot {
  private static SituationMapApp app;
  private static InWindow window;

  @BeforeAll
  static void start() throws Exception {
    app = AppHarness.start(SituationMapApp.class, "--date=2022-06-26");
    AppHarness.waitUntil("the bundled layer is loaded", () -> app.state().getLayer() != null);
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
  void clickingSievierodonetskShowsItsSourcedStory() {
    int i = indexOf("sievierodonetsk");
    GeoPoint at = Fx.call(() -> app.state().getLayer().index().place(i).location());
    OverlayLayer places = app.mapController().mapLayer();
    MapViews.show(app.view().mapPane(), places, at.lat(), at.lon(), 10);
    clickOn(MapViews.onScreen(places, i));
    Fx.waitUntil("the click selects Sievierodonetsk", () -> app.state().getSelected() == i);
    // Renamed Siverskodonetsk by the Verkhovna Rada on 19 September 2024 (data/README.md).
    assertEquals("Siverskodonetsk", window.text("#notes-title"));
    assertEquals("Russia since 25 June 2022", window.text("#notes-status"));
    VBox list = window.node("#notes-list", VBox.class);
    String notes =
        Fx.call(
            () ->
                list.lookupAll("*").stream()
                    .map(
                        n ->
                            n instanceof Label l
                                ? l.getText()
                                : n instanceof TextInputControl t ? t.getText() : "")
                    .collect(Collectors.joining("\n")));
    assertTrue(notes.contains("second bridge"), "the bridge note is shown");
    assertTrue(notes.contains("Azot"), "the Azot plant's notes are shown");
    assertTrue(notes.contains("40 children"), "the civilians sheltering at Azot");
    assertTrue(notes.contains("Governor Serhiy Haidai, statement on Telegram"), "with its source");
  }

  @Test
  void searchingArtemivskSelectsBakhmut() {
    TextField field = window.node("#search-field", TextField.class);
    clickOn(InWindow.centreOf(field));
    write("Artemivsk");
    Fx.waitUntil("the search field says Artemivsk", () -> "Artemivsk".equals(field.getText()));
    type(KeyCode.ENTER);
    int bakhmut = indexOf("bakhmut");
    Fx.waitUntil("Bakhmut is selected", () -> app.state().getSelected() == bakhmut);
    assertEquals("Bakhmut", window.text("#notes-title"));
    GeoPoint at = Fx.call(() -> app.state().getLayer().index().place(bakhmut).location());
    MapViews.awaitCentredOn(app.mapController().mapLayer(), at.lat(), at.lon());
    Fx.run(
        () -> {
          field.clear();
          app.state().setDate(LocalDate.of(2022, 6, 26));
        });
  }
}
