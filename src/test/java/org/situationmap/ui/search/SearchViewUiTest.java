package org.situationmap.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.situationmap.testing.SampleLayer.BAKHMUT;
import static org.situationmap.testing.SampleLayer.LYSYCHANSK;
import static org.situationmap.testing.SampleLayer.d;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.situationmap.testing.SampleLayer;
import org.situationmap.testing.ViewStage;
import org.situationmap.ui.state.AppState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The place search as a person uses it; every lookup stays in the search's own window. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SearchViewUiTest extends FxRobot {
  private final AppState state = new AppState();
  private final List<Integer> focused = new ArrayList<>();
  private InWindow window;

  @Start
  void start(Stage stage) {
    state.setDate(d("2022-06-30"));
    state.setLayer(SampleLayer.layer());
    state.addFocusListener(focused::add);
    ViewStage.show(stage, new SearchView(state), 320, 360);
    window = InWindow.of(stage);
  }

  @SuppressWarnings("unchecked")
  private ListView<SearchResult> results() {
    return window.node("#search-results", ListView.class);
  }

  private List<String> resultNames() {
    ListView<SearchResult> results = results();
    return Fx.call(() -> results.getItems().stream().map(SearchResult::name).toList());
  }

  private boolean shows(String selector) {
    Node node = window.node(selector, Node.class);
    return Fx.call(node::isVisible);
  }

  private void click(Node node) {
    clickOn(InWindow.centreOf(node));
  }

  private void typeInSearch(String text) {
    click(window.node("#search-field", Node.class));
    write(text);
    TextField field = window.node("#search-field", TextField.class);
    Fx.waitUntil("the field says " + text, () -> text.equals(field.getText()));
  }

  @Test
  void typingArtemShowsBakhmutAndClickingItSelectsIt() {
    assertFalse(shows("#search-results"), "no results before typing");
    typeInSearch("artem");
    assertTrue(shows("#search-results"));
    assertEquals("Bakhmut", resultNames().get(0));
    click(window.labelled("Bakhmut"));
    Fx.waitUntil("Bakhmut is selected", () -> state.getSelected() == BAKHMUT);
    assertEquals(List.of(BAKHMUT), Fx.call(() -> List.copyOf(focused)));
  }

  @Test
  void saysSoWhenNothingMatches() {
    assertFalse(shows("#search-empty"));
    typeInSearch("xyzzy");
    assertTrue(shows("#search-empty"));
    assertFalse(shows("#search-results"));
  }

  @Test
  void enterChoosesTheBestResult() {
    typeInSearch("lysy");
    type(KeyCode.ENTER);
    Fx.waitUntil("Lysychansk is selected", () -> state.getSelected() == LYSYCHANSK);
  }

  @Test
  void filtersNarrowTheResults() {
    ComboBox<?> oblast = window.node("#filter-oblast", ComboBox.class);
    @SuppressWarnings("unchecked")
    ComboBox<StatusFilter> status = window.node("#filter-status", ComboBox.class);
    assertEquals(
        List.of("All oblasts", "Donetsk", "Luhansk"),
        Fx.call(() -> List.copyOf(oblast.getItems())));
    assertEquals(5, Fx.call(() -> status.getItems().size()));
    click(oblast);
    click(window.labelledInPopup("Luhansk"));
    Fx.waitUntil("the oblast filter is Luhansk", () -> "Luhansk".equals(oblast.getValue()));
    click(status);
    click(window.labelledInPopup("Russia"));
    Fx.waitUntil("the status filter is Russia", () -> status.getValue() == StatusFilter.RUSSIA);
    assertEquals(List.of("Sievierodonetsk"), resultNames());
  }
}
