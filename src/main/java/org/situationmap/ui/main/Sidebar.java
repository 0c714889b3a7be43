package org.situationmap.ui.main;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.situationmap.text.Messages;
import org.situationmap.ui.feed.EventFeedView;
import org.situationmap.ui.notes.Browser;
import org.situationmap.ui.notes.NotesView;
import org.situationmap.ui.search.SearchView;
import org.situationmap.ui.state.AppState;

/**
 * The panel beside the map: search on top, then the selected place's notes and the event feed as
 * tabs. Selecting a place shows its notes; clearing the selection shows the feed.
 */
public final class Sidebar extends VBox {
  private final TabPane tabs = new TabPane();
  private final Tab placeTab;
  private final Tab eventsTab;

  /**
   * Builds the sidebar over the shared state, in the language of {@code text}; {@code browser}
   * opens a checked http(s) link.
   */
  public Sidebar(AppState state, Messages text, Browser browser) {
    setId("sidebar");
    getStyleClass().add("sidebar");
    setSpacing(6);
    setMinWidth(300);
    setPrefWidth(380);
    placeTab = new Tab(text.format("sidebar.place"), new NotesView(state, text, browser));
    placeTab.setId("tab-place");
    eventsTab = new Tab(text.format("sidebar.events"), new EventFeedView(state, text));
    eventsTab.setId("tab-events");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.getTabs().addAll(placeTab, eventsTab);
    tabs.getSelectionModel().select(eventsTab);
    VBox.setVgrow(tabs, Priority.ALWAYS);
    getChildren().addAll(new SearchView(state, text), tabs);
    state
        .selectedProperty()
        .addListener(
            (o, a, s) -> tabs.getSelectionModel().select(s.intValue() >= 0 ? placeTab : eventsTab));
  }

  /** Adds a tab after the others (e.g. compare mode), with an id for tests; returns it. */
  public Tab addTab(String id, String title, Node content) {
    Tab tab = new Tab(title, content);
    tab.setId(id);
    tabs.getTabs().add(tab);
    return tab;
  }

  /** The tabs, for tests. */
  public TabPane tabs() {
    return tabs;
  }
}
