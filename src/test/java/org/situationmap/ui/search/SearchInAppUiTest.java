package org.situationmap.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.app.SituationMapApp;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The search in the running app, in a small window with a place's notes open below it (they would
 * take more height than there is): every result row shows whole, Enter opens the top hit (and
 * closes the list), Escape closes the list and then clears the query.
 */
@Tag("ui")
class SearchInAppUiTest extends FxRobot {
  private static SituationMapApp app;
  private static InWindow window;

  @BeforeAll
  static void start() throws Exception {
    app =
        AppHarness.start(
            SituationMapApp.class,
            "--date=2022-06-26",
            "--place=sievierodonetsk",
            AppHarness.resource("/app/small.geojson").toString());
    AppHarness.waitUntil(
        "Sievierodonetsk's notes are open",
        () -> app.state().getSelected() >= 0 && app.state().getLayer() != null);
    window = InWindow.of(app.view());
    // a small window, as on a laptop: the notes panel wants more height than there is
    Fx.run(() -> window.window().setHeight(560));
    Fx.waitUntil("the notes show", () -> "Sievierodonetsk".equals(window.text("#notes-title")));
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  @SuppressWarnings("unchecked")
  private static ListView<SearchResult> results() {
    return window.node("#search-results", ListView.class);
  }

  private static boolean listShows() {
    ListView<SearchResult> list = results();
    return Fx.call(() -> list.isVisible() && list.getHeight() > 0);
  }

  @Test
  void resultsStayReadableWithAPlaceOpenAndEnterOpensTheTopHit() {
    TextField field = window.node("#search-field", TextField.class);
    clickOn(InWindow.centreOf(field));
    write("s");
    Fx.waitUntil("the list shows", SearchInAppUiTest::listShows);
    ListView<SearchResult> list = results();
    List<String> names = Fx.call(() -> list.getItems().stream().map(SearchResult::name).toList());
    assertTrue(names.size() >= 2, "'s' finds several places: " + names);
    for (String name : names) {
      Node row = window.labelled(name);
      Bounds inList = Fx.call(() -> list.sceneToLocal(row.localToScene(row.getBoundsInLocal())));
      Bounds listArea = Fx.call(list::getLayoutBounds);
      assertTrue(
          inList.getMinY() >= listArea.getMinY() && inList.getMaxY() <= listArea.getMaxY(),
          name + " shows whole in the list: " + inList + " in " + listArea);
    }

    type(KeyCode.ENTER);
    int top = Fx.call(() -> app.state().getLayer().index().indexOf(idOf(names.get(0))));
    Fx.waitUntil("the top hit is selected", () -> app.state().getSelected() == top);
    Fx.waitUntil("its notes show", () -> names.get(0).equals(window.text("#notes-title")));
    assertFalse(listShows(), "choosing closes the list");
    assertEquals("s", Fx.call(field::getText), "the query stays");

    write("i");
    Fx.waitUntil("typing opens the list again", SearchInAppUiTest::listShows);
    type(KeyCode.ESCAPE);
    Fx.waitUntil("Escape closes the list", () -> !listShows());
    assertEquals("si", Fx.call(field::getText));
    type(KeyCode.ESCAPE);
    Fx.waitUntil("a second Escape clears the query", () -> field.getText().isEmpty());
  }

  private static String idOf(String name) {
    return Fx.call(
        () -> {
          var index = app.state().getLayer().index();
          for (int i = 0; i < index.size(); i++) {
            if (index.place(i).name().equals(name)) {
              return index.place(i).id();
            }
          }
          throw new AssertionError("no place named " + name);
        });
  }
}
