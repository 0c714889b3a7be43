package org.situationmap.ui.search;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.situationmap.text.Messages;
import org.situationmap.ui.common.ValueWords;
import org.situationmap.ui.legend.SymbolIcon;
import org.situationmap.ui.state.AppState;

/**
 * The place search: a field, filters by oblast and status, and the results listed below it, up to
 * {@link #ROWS} rows high and never squeezed by what is open below. Choosing a result (Enter in the
 * field takes the best one; click or Enter in the list) selects the place, brings it into view and
 * closes the list. Down in the field moves into the list (opening it again); Escape closes the
 * list, and in the field with the list closed clears the query.
 */
public final class SearchView extends VBox {
  /** Most result rows shown without scrolling. */
  static final int ROWS = 6;

  /** The height of a result row: a name and a line of detail. */
  private static final double ROW_HEIGHT = 40;

  private final SearchViewModel model;
  private final Messages text;
  private final TextField field = new TextField();
  private final ListView<SearchResult> list = new ListView<>();

  /** Creates the search over the shared state, in the language of {@code text}. */
  public SearchView(AppState state, Messages text) {
    this.model = new SearchViewModel(state);
    this.text = text;
    setId("search");
    getStyleClass().add("search");
    setSpacing(4);
    setPadding(new Insets(6));
    field.setId("search-field");
    field.setPromptText(text.format("search.prompt"));
    field.textProperty().bindBidirectional(model.queryProperty());
    field.addEventFilter(KeyEvent.KEY_PRESSED, this::onFieldKey);
    list.setId("search-results");
    list.getStyleClass().add("search-results");
    list.setItems(model.resultsProperty());
    list.setCellFactory(v -> new ResultCell());
    // as high as its rows, and never less
    list.setFixedCellSize(ROW_HEIGHT);
    list.prefHeightProperty()
        .bind(
            Bindings.createDoubleBinding(
                () ->
                    Math.min(ROWS, Math.max(1, list.getItems().size())) * list.getFixedCellSize()
                        + list.snappedTopInset()
                        + list.snappedBottomInset(),
                list.itemsProperty(),
                model.resultsProperty(),
                list.fixedCellSizeProperty(),
                list.insetsProperty()));
    list.setMinHeight(Region.USE_PREF_SIZE);
    list.visibleProperty().bind(model.openProperty());
    list.managedProperty().bind(list.visibleProperty());
    list.setOnKeyPressed(this::onListKey);
    Label none = new Label(text.format("search.none"));
    none.setId("search-empty");
    none.getStyleClass().add("search-empty");
    none.visibleProperty()
        .bind(model.resultsProperty().emptyProperty().and(field.textProperty().isNotEmpty()));
    none.managedProperty().bind(none.visibleProperty());
    getChildren().addAll(field, filters(), list, none);
  }

  /** The view-model (for wiring and tests). */
  public SearchViewModel viewModel() {
    return model;
  }

  private HBox filters() {
    ComboBox<OblastFilter> oblast = new ComboBox<>(model.oblastsProperty());
    oblast.setId("filter-oblast");
    oblast.setConverter(
        new ValueWords<>(o -> o.admin1() == null ? text.format("search.oblast.all") : o.admin1()));
    oblast.valueProperty().bindBidirectional(model.oblastProperty());
    oblast.setTooltip(new Tooltip(text.format("search.oblast.tip")));
    ComboBox<StatusFilter> status = new ComboBox<>();
    status.getItems().setAll(StatusFilter.values());
    status.setId("filter-status");
    status.setConverter(
        new ValueWords<>(
            s -> s.status().map(text::status).orElseGet(() -> text.format("search.status.any"))));
    status.valueProperty().bindBidirectional(model.statusProperty());
    status.setTooltip(new Tooltip(text.format("search.status.tip")));
    oblast.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(oblast, Priority.ALWAYS);
    HBox box = new HBox(4, oblast, status);
    box.getStyleClass().add("search-filters");
    return box;
  }

  private void onFieldKey(KeyEvent e) {
    if (e.getCode() == KeyCode.ENTER) {
      model.chooseFirst();
      e.consume();
    } else if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
      model.reopen();
      list.requestFocus();
      list.getSelectionModel().selectFirst();
      e.consume();
    } else if (e.getCode() == KeyCode.ESCAPE) {
      if (model.isOpen()) {
        model.close();
      } else {
        field.clear();
      }
      e.consume();
    }
  }

  private void onListKey(KeyEvent e) {
    if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
      model.choose(list.getSelectionModel().getSelectedItem());
      e.consume();
    } else if (e.getCode() == KeyCode.ESCAPE) {
      model.close();
      field.requestFocus();
      e.consume();
    }
  }

  /** A result: symbol, name, and a muted second line. */
  private final class ResultCell extends ListCell<SearchResult> {
    ResultCell() {
      getStyleClass().add("search-result");
      setOnMouseClicked(
          e -> {
            if (e.getButton() == MouseButton.PRIMARY && getItem() != null) {
              model.choose(getItem());
            }
          });
    }

    @Override
    protected void updateItem(SearchResult r, boolean empty) {
      super.updateItem(r, empty);
      if (empty || r == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      Label name = new Label(r.name());
      name.getStyleClass().add("search-result-name");
      Label detail = new Label(r.detail(text));
      detail.getStyleClass().add("search-result-detail");
      setText(null);
      setGraphic(new HBox(6, new SymbolIcon(r.status(), 12), new VBox(name, detail)));
    }
  }
}
