package org.situationmap.ui.feed;

import javafx.beans.binding.Bindings;
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
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Source;
import org.situationmap.text.Messages;
import org.situationmap.ui.state.AppState;

/**
 * The event feed: a header with the window (± days) and the list of control changes and notes
 * around the selected date. A change shows the statuses before and after it, marked apart from the
 * notes, and every row names its sources. Clicking a row (or Enter on it) selects its place and
 * brings it into view. Rows dated after the selected date are dimmed.
 */
public final class EventFeedView extends VBox {
  private final EventFeedViewModel model;
  private final AppState state;
  private final Messages text;
  private final ListView<FeedItem> list = new ListView<>();
  private final Label empty = new Label();

  /** Creates the feed over the shared state, in the language of {@code text}. */
  public EventFeedView(AppState state, Messages text) {
    this.state = state;
    this.text = text;
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
    Label title = new Label(text.format("feed.title"));
    title.getStyleClass().add("feed-title");
    Spinner<Integer> window = new Spinner<>();
    window.setId("feed-window");
    window.setValueFactory(
        new SpinnerValueFactory.IntegerSpinnerValueFactory(
            0, EventFeedViewModel.MAX_WINDOW, model.windowProperty().get()));
    window.setEditable(true);
    window.setPrefWidth(70);
    window.setTooltip(new Tooltip(text.format("feed.window.tip")));
    window.valueProperty().addListener((o, a, v) -> model.windowProperty().set(v));
    Label unit = new Label();
    unit.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> text.format("feed.window.unit", "days", model.windowProperty().get()),
                model.windowProperty()));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox box = new HBox(6, title, spacer, new Label(text.format("feed.window.sign")), window, unit);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  private void updatePlaceholder() {
    empty.setText(
        text.format(
            "feed.empty",
            "days",
            model.windowProperty().get(),
            "date",
            text.date(state.getDate())));
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
      getStyleClass().removeAll("later", "change");
      if (isEmpty || item == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      if (item.later()) {
        getStyleClass().add("later");
      }
      Label date = new Label(text.shortDate(item.date()));
      date.setMinWidth(Label.USE_PREF_SIZE);
      date.getStyleClass().add("feed-date");
      Label place = new Label(item.placeName());
      place.getStyleClass().add("feed-place");
      VBox box = new VBox(1, new HBox(6, date, place));
      if (item.isChange()) {
        getStyleClass().add("change");
        Label change =
            new Label(
                item.before() == ControlStatus.UNKNOWN
                    ? text.format("feed.first", "after", text.status(item.after()))
                    : item.before() == item.after()
                        ? text.format("feed.same", "after", text.status(item.after()))
                        : text.format(
                            "feed.change",
                            "before",
                            text.status(item.before()),
                            "after",
                            text.status(item.after())));
        change.getStyleClass().addAll("feed-change", "status-" + item.after().word());
        box.getChildren().add(change);
      }
      if (!item.headline().isBlank()) {
        Label summary = new Label(item.summary(text));
        summary.getStyleClass().add("feed-text");
        summary.setWrapText(true);
        summary.setMinWidth(0);
        summary.maxWidthProperty().bind(list.widthProperty().subtract(30));
        summary.setTooltip(new Tooltip(item.text()));
        box.getChildren().add(summary);
      }
      if (!item.sources().isEmpty()) {
        Source first = item.sources().get(0);
        Label sources =
            new Label(
                text.format(
                    first.title() == null ? "feed.sources.untitled" : "feed.sources",
                    "publisher",
                    first.publisher(),
                    "title",
                    first.title() == null ? "" : first.title(),
                    "date",
                    text.shortDate(first.date()),
                    "more",
                    item.sources().size() - 1));
        sources.getStyleClass().add("feed-source");
        sources.setWrapText(true);
        sources.setMinWidth(0);
        sources.maxWidthProperty().bind(list.widthProperty().subtract(30));
        box.getChildren().add(sources);
      }
      box.prefWidthProperty().bind(list.widthProperty().subtract(30));
      box.setMinWidth(0);
      setText(null);
      setGraphic(box);
    }
  }
}
