package org.situationmap.ui.feed;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.situationmap.ui.state.AppState;
import org.situationmap.ui.timeline.DateText;

/**
 * The event feed: a header with the window (± days) and the list of notes around the selected date.
 * Clicking a row (or Enter on it) selects its place and brings it into view. Rows dated after the
 * selected date are dimmed.
 */
public final class EventFeedView extends VBox {
  private final EventFeedViewModel model;
  private final AppState state;
  private final ListView<FeedItem> list = new ListView<>();
  private final Label empty = new Label();

  /** Creates the feed over the shared state. */
  public EventFeedView(AppState state) {
    this.state = state;
    this.model = new EventFeedViewModel(state);
    setId("event-feed");
    getStyleClass().add("event-feed");
    setSpacing(4);
    setPadding(new Insets(6));
    list.setId("feed-list");
    list.setItems(model.itemsProperty());
    list.setCellFactory(v -> new FeedCell());
    list.setPlaceholder(empty);
    empty.getStyleClass().add("feed-empty");
    empty.setWrapText(true);
    list.setOnKeyPressed(
        e -> {
          FeedItem item = list.getSelectionModel().getSelectedItem();
          if (e.getCode() == KeyCode.ENTER && item != null) {
            model.choose(item);
          }
        });
    VBox.setVgrow(list, Priority.ALWAYS);
    getChildren().addAll(header(), list);
    state.dateProperty().addListener((o, a, d) -> updatePlaceholder());
    model.windowProperty().addListener((o, a, w) -> updatePlaceholder());
    updatePlaceholder();
  }

  /** The view-model (for wiring and tests). */
  public EventFeedViewModel viewModel() {
    return model;
  }

  private HBox header() {
    Label title = new Label("Events");
    title.getStyleClass().add("feed-title");
    Spinner<Integer> window = new Spinner<>();
    window.setId("feed-window");
    window.setValueFactory(
        new SpinnerValueFactory.IntegerSpinnerValueFactory(
            0, EventFeedViewModel.MAX_WINDOW, model.windowProperty().get()));
    window.setEditable(true);
    window.setPrefWidth(70);
    window.setTooltip(new Tooltip("Days either side of the selected date"));
    window.valueProperty().addListener((o, a, v) -> model.windowProperty().set(v));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox box = new HBox(6, title, spacer, new Label("±"), window, new Label("days"));
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  private void updatePlaceholder() {
    empty.setText(
        "No notes within "
            + model.windowProperty().get()
            + " days of "
            + DateText.format(state.getDate())
            + ".");
  }

  /** Date and place on the first line, the title or text (at most two lines) below. */
  private final class FeedCell extends ListCell<FeedItem> {
    FeedCell() {
      getStyleClass().add("feed-row");
      setOnMouseClicked(
          e -> {
            if (e.getButton() == MouseButton.PRIMARY && getItem() != null) {
              model.choose(getItem());
            }
          });
    }

    @Override
    protected void updateItem(FeedItem item, boolean isEmpty) {
      super.updateItem(item, isEmpty);
      getStyleClass().remove("later");
      if (isEmpty || item == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      if (item.later()) {
        getStyleClass().add("later");
      }
      Label date = new Label(DateText.formatShort(item.date()));
      date.setMinWidth(Label.USE_PREF_SIZE);
      date.getStyleClass().add("feed-date");
      Label place = new Label(item.placeName());
      place.getStyleClass().add("feed-place");
      Label text = new Label(item.summary());
      text.getStyleClass().add("feed-text");
      text.setWrapText(true);
      text.setTooltip(new Tooltip(item.text()));
      VBox box = new VBox(1, new HBox(6, date, place), text);
      box.prefWidthProperty().bind(list.widthProperty().subtract(30));
      box.setMinWidth(0);
      setText(null);
      setGraphic(box);
    }
  }
}
