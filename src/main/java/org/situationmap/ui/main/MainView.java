package org.situationmap.ui.main;

import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.situationmap.text.Messages;

/**
 * The main window's layout: menu bar on top, the map in the centre with a details panel beside it,
 * and the timeline and status bar along the bottom.
 */
public final class MainView extends BorderPane {
  private final MapPane mapPane = new MapPane();
  private final StatusBar statusBar;
  private final StackPane timelineSlot = new StackPane();
  private final StackPane detailsSlot = new StackPane();
  private final SplitPane centre = new SplitPane(mapPane);

  /** Creates the layout, in the language of {@code text}; the menu bar is set afterwards. */
  public MainView(Messages text) {
    statusBar = new StatusBar(text);
    getStyleClass().add("main-view");
    timelineSlot.setId("timeline-slot");
    detailsSlot.setId("details-slot");
    detailsSlot.getStyleClass().add("details-slot");
    setCenter(centre);
    setBottom(new VBox(timelineSlot, statusBar));
  }

  /** Puts the menu bar on top. */
  public void setMenuBar(MenuBar menuBar) {
    setTop(menuBar);
  }

  /** The map area. */
  public MapPane mapPane() {
    return mapPane;
  }

  /** The status bar. */
  public StatusBar statusBar() {
    return statusBar;
  }

  /** Puts the timeline controls above the status bar. */
  public void setTimeline(Node timeline) {
    timelineSlot.getChildren().setAll(timeline);
  }

  /** Shows (or, with null, hides) the details panel to the right of the map. */
  public void setDetails(Node details) {
    if (details == null) {
      centre.getItems().remove(detailsSlot);
      return;
    }
    detailsSlot.getChildren().setAll(details);
    if (!centre.getItems().contains(detailsSlot)) {
      centre.getItems().add(detailsSlot);
      centre.setDividerPositions(0.7);
    }
  }
}
