package org.situationmap.ui.search;

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
import javafx.scene.layout.VBox;
import org.situationmap.ui.legend.SymbolIcon;
import org.situationmap.ui.state.AppState;

/**
 * The place search: a field, filters by oblast and status, and the results listed below it.
 * Choosing a result (Enter in the field takes the best one; click or Enter in the list) selects the
 * place and brings it into view. Down in the field moves into the list, Escape clears it.
 */
public final class SearchView extends VBox {
  private final SearchViewModel model;
  private final TextField field = new TextField();
  private final ListView<SearchResult> list = new ListView<>();

  /** Creates the search over the shared state. */
  public SearchView(AppState state) {
    this.model = new SearchViewModel(state);
    setId("search");
    getStyleClass().add("search");
    setSpacing(4);
    setPadding(new Insets(6));
    field.setId("search-field");
    field.setPromptText("Find a place (any spelling)");
    field.textProperty().bindBidirectional(model.queryProperty());
    field.addEventFilter(KeyEvent.KEY_PRESSED, this::onFieldKey);
    list.setId("search-results");
    list.getStyleClass().add("search-results");
    list.setItems(model.resultsProperty());
    list.setCellFactory(v -> new ResultCell());
    list.setPrefHeight(220);
    list.visibleProperty().bind(model.resultsProperty().emptyProperty().not());
    list.managedProperty().bind(list.visibleProperty());
    list.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
            model.choose(list.getSelectionModel().getSelectedItem());
          }
        });
    Label none = new Label("No places match.");
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
    ComboBox<String> oblast = new ComboBox<>(model.oblastsProperty());
    oblast.setId("filter-oblast");
    oblast.valueProperty().bindBidirectional(model.oblastProperty());
    oblast.setTooltip(new Tooltip("Only places in this oblast"));
    ComboBox<StatusFilter> status = new ComboBox<>();
    status.getItems().setAll(StatusFilter.values());
    status.setId("filter-status");
    status.valueProperty().bindBidirectional(model.statusProperty());
    status.setTooltip(new Tooltip("Only places with this status at the selected date"));
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
      list.requestFocus();
      list.getSelectionModel().selectFirst();
      e.consume();
    } else if (e.getCode() == KeyCode.ESCAPE) {
      field.clear();
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
      Label detail = new Label(r.detail());
      detail.getStyleClass().add("search-result-detail");
      setText(null);
      setGraphic(new HBox(6, new SymbolIcon(r.status(), 12), new VBox(name, detail)));
    }
  }
}
