package org.situationmap.ui.notes;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.situationmap.ui.legend.SymbolIcon;
import org.situationmap.ui.state.AppState;
import org.situationmap.ui.timeline.DateText;

/**
 * The notes panel of the selected place (id {@code notes-panel}): name and Ukrainian name, facts,
 * the status at the selected date and since when, the history strip and list of control changes,
 * and the notes (newest first; later ones dimmed under "Later"). Source links open through {@code
 * openUrl} only for http(s) URLs and only after a dialog showing the full URL. The close button
 * clears the selection.
 */
public final class NotesView extends VBox {
  private final NotesViewModel model;
  private final Label title = new Label();
  private final Label localName = new Label();
  private final Label facts = SourceLines.wrapped("", "notes-facts");
  private final Label status = new Label();
  private final StackPane statusIcon = new StackPane();
  private final Label statusDetail = SourceLines.wrapped("", "notes-status-detail");
  private final HistoryStrip strip;
  private final Label stripStart = new Label();
  private final Label stripEnd = new Label();
  private final ChangeList changes;
  private final VBox notes = new VBox(6);
  private final TitledPane changesPane = new TitledPane();
  private final VBox body = new VBox(6);
  private final Label empty = SourceLines.wrapped("Click a place on the map.", "notes-empty");

  /**
   * Creates the panel.
   *
   * @param state the shared state (selection, date, layer)
   * @param openUrl opens a URL in the system browser, e.g. {@code getHostServices()::showDocument};
   *     called only with confirmed http(s) URLs
   */
  public NotesView(AppState state, Consumer<String> openUrl) {
    this(state, openUrl, null);
  }

  /** As above, with a confirmer instead of the dialog (null for the dialog); for tests. */
  NotesView(AppState state, Consumer<String> openUrl, Predicate<String> confirm) {
    Predicate<String> ask = confirm != null ? confirm : LinkConfirmDialog.asker(this::window);
    this.model = new NotesViewModel(state, new LinkOpener(openUrl, ask));
    this.strip = new HistoryStrip(model::jumpTo);
    this.changes = new ChangeList(model::jumpTo, model::openLink);
    changesPane.setContent(changes);
    changesPane.setExpanded(false);
    changesPane.setAnimated(false);
    changesPane.setId("history-changes-pane");
    changesPane.getStyleClass().add("history-changes-pane");
    setId("notes-panel");
    getStyleClass().add("notes-panel");
    setPrefWidth(360);
    setMinWidth(240);
    title.setId("notes-title");
    title.getStyleClass().add("notes-title");
    title.setWrapText(true);
    localName.setId("notes-local-name");
    localName.getStyleClass().add("notes-local-name");
    facts.setId("notes-facts");
    status.setId("notes-status");
    status.getStyleClass().add("notes-status");
    statusDetail.setId("notes-status-detail");
    statusDetail.managedProperty().bind(statusDetail.visibleProperty());
    notes.setId("notes-list");
    notes.getStyleClass().add("notes-list");
    ScrollPane scroll = new ScrollPane(body);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("notes-scroll");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    body.setPadding(new Insets(4, 10, 10, 10));
    getChildren().addAll(header(), scroll);
    model.detailsProperty().addListener((o, a, d) -> show(d));
    show(model.getDetails());
  }

  /** The view-model (for wiring and tests). */
  public NotesViewModel viewModel() {
    return model;
  }

  private HBox header() {
    Button close = new Button("✕");
    close.setId("close-notes");
    close.getStyleClass().add("close-notes");
    close.setTooltip(new Tooltip("Close (clears the selection)"));
    close.setOnAction(e -> model.close());
    close.setFocusTraversable(false);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    VBox names = new VBox(0, title, localName);
    HBox box = new HBox(6, names, spacer, close);
    box.setAlignment(Pos.TOP_LEFT);
    box.setPadding(new Insets(8, 10, 4, 10));
    box.getStyleClass().add("notes-header");
    return box;
  }

  private void show(PlaceDetails d) {
    if (d == null) {
      title.setText("");
      localName.setText("");
      body.getChildren().setAll(empty);
      return;
    }
    title.setText(d.name());
    localName.setText(d.localName() == null ? "" : d.localName());
    facts.setText(d.facts());
    statusIcon.getChildren().setAll(new SymbolIcon(d.status(), 14));
    status.setText(d.statusText());
    statusDetail.setText(d.statusDetail() == null ? "" : d.statusDetail());
    statusDetail.setVisible(d.statusDetail() != null);
    strip.show(d);
    stripStart.setText(DateText.formatShort(d.start()));
    stripEnd.setText(DateText.formatShort(d.end().minusDays(1)));
    changes.show(d);
    changesPane.setText("Control changes and their sources (" + d.periods().size() + ")");
    NoteCards.fill(notes, d, model::openLink);
    HBox statusRow = new HBox(6, statusIcon, status);
    statusRow.setAlignment(Pos.CENTER_LEFT);
    body.getChildren()
        .setAll(
            facts,
            statusRow,
            statusDetail,
            section("History"),
            strip,
            axis(),
            changesPane,
            section("Notes up to " + DateText.format(d.date())),
            notes);
  }

  private HBox axis() {
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox box = new HBox(stripStart, spacer, stripEnd);
    box.getStyleClass().add("history-axis");
    return box;
  }

  private static Label section(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("notes-section");
    return l;
  }

  private Window window() {
    return getScene() == null ? null : getScene().getWindow();
  }
}
