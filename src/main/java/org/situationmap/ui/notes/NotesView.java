package org.situationmap.ui.notes;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.application.Platform;
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
import org.situationmap.text.Messages;
import org.situationmap.ui.common.PlainClipboard;
import org.situationmap.ui.legend.SymbolIcon;
import org.situationmap.ui.state.AppState;

/**
 * The notes panel of the selected place (id {@code notes-panel}): name and Ukrainian name, facts,
 * the status at the selected date and since when, the history strip and list of control changes,
 * and the notes (newest first; later ones dimmed under "Later"), whose text can be selected. Source
 * links open in the browser only for http(s) URLs and only after a dialog showing the full URL;
 * each source can be copied as a citation or a link. A notice under the header (id {@code
 * notes-notice}) says what a copy did, or that no browser could be opened and the link is copied
 * instead. The close button clears the selection.
 */
public final class NotesView extends VBox {
  private final NotesViewModel model;
  private final Messages text;
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
  private final Label empty;
  private final Label notice = SourceLines.wrapped("", "notes-notice");

  /**
   * Creates the panel.
   *
   * @param state the shared state (selection, date, layer)
   * @param text the language of the panel
   * @param browser the system browser; called only with confirmed http(s) URLs
   */
  public NotesView(AppState state, Messages text, Browser browser) {
    this(state, text, browser, null, PlainClipboard::put, Platform::runLater);
  }

  /**
   * As above, with a confirmer instead of the dialog (null for the dialog), a clipboard and the
   * executor the browser's answer is handled on; for tests.
   */
  NotesView(
      AppState state,
      Messages text,
      Browser browser,
      Predicate<String> confirm,
      Consumer<String> clipboard,
      Executor fx) {
    this.text = text;
    Predicate<String> ask = confirm != null ? confirm : LinkConfirmDialog.asker(this::window, text);
    this.model = new NotesViewModel(state, new LinkOpener(browser, ask), clipboard, fx, text);
    this.strip = new HistoryStrip(model::jumpTo, text);
    this.changes = new ChangeList(model::jumpTo, model, text);
    this.empty = SourceLines.wrapped(text.format("notes.empty"), "notes-empty");
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
    notice.setId("notes-notice");
    notice.setMaxWidth(Double.MAX_VALUE);
    notice.textProperty().bind(model.noticeProperty());
    notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
    notice.managedProperty().bind(notice.visibleProperty());
    getChildren().addAll(header(), notice, scroll);
    model.detailsProperty().addListener((o, a, d) -> show(d));
    show(model.getDetails());
  }

  /** The view-model (for wiring and tests). */
  public NotesViewModel viewModel() {
    return model;
  }

  private HBox header() {
    Button close = new Button(text.format("notes.close"));
    close.setId("close-notes");
    close.getStyleClass().add("close-notes");
    close.setTooltip(new Tooltip(text.format("notes.close.tip")));
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
    stripStart.setText(text.shortDate(d.start()));
    stripEnd.setText(text.shortDate(d.end().minusDays(1)));
    changes.show(d);
    changesPane.setText(text.format("notes.changes", "count", d.changeCount()));
    NoteCards.fill(notes, d, model, text);
    HBox statusRow = new HBox(6, statusIcon, status);
    statusRow.setAlignment(Pos.CENTER_LEFT);
    body.getChildren()
        .setAll(
            facts,
            statusRow,
            statusDetail,
            section(text.format("notes.history")),
            strip,
            axis(),
            changesPane,
            section(text.format("notes.upTo", "date", text.date(d.date()))),
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
