package org.situationmap.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.situationmap.testing.SampleLayer.BAKHMUT;
import static org.situationmap.testing.SampleLayer.LYSYCHANSK;
import static org.situationmap.testing.SampleLayer.d;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.situationmap.testing.SampleLayer;
import org.situationmap.testing.ViewStage;
import org.situationmap.ui.state.AppState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The place search as a person uses it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SearchViewUiTest extends FxRobot {
  private final AppState state = new AppState();
  private final List<Integer> focused = new ArrayList<>();

  @Start
  void start(Stage stage) {
    state.setDate(d("2022-06-30"));
    state.setLayer(SampleLayer.layer());
    state.addFocusListener(focused::add);
    ViewStage.show(stage, new SearchView(state), 320, 360);
  }

  @SuppressWarnings("unchecked")
  private ListView<SearchResult> results() {
    return lookup("#search-results").queryAs(ListView.class);
  }

  @Test
  void typingArtemShowsBakhmutAndClickingItSelectsIt() {
    assertFalse(results().isVisible(), "no results before typing");
    clickOn("#search-field").write("artem");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(results().isVisible());
    assertEquals("Bakhmut", results().getItems().get(0).name());
    clickOn("Bakhmut");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(BAKHMUT, state.getSelected());
    assertEquals(List.of(BAKHMUT), focused);
  }

  @Test
  void saysSoWhenNothingMatches() {
    assertFalse(lookup("#search-empty").query().isVisible());
    clickOn("#search-field").write("xyzzy");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(lookup("#search-empty").query().isVisible());
    assertFalse(results().isVisible());
  }

  @Test
  void enterChoosesTheBestResult() {
    clickOn("#search-field").write("lysy").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(LYSYCHANSK, state.getSelected());
  }

  @Test
  void filtersNarrowTheResults() {
    ComboBox<?> oblast = lookup("#filter-oblast").queryAs(ComboBox.class);
    @SuppressWarnings("unchecked")
    ComboBox<StatusFilter> status = lookup("#filter-status").queryAs(ComboBox.class);
    assertEquals(List.of("All oblasts", "Donetsk", "Luhansk"), List.copyOf(oblast.getItems()));
    assertEquals(5, status.getItems().size());
    clickOn("#filter-oblast").clickOn("Luhansk");
    clickOn("#filter-status").clickOn("Russia");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        List.of("Sievierodonetsk"), results().getItems().stream().map(SearchResult::name).toList());
  }
}
