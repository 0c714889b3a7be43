package org.situationmap.ui.compare;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.situationmap.domain.Source;
import org.situationmap.export.AtomicFiles;
import org.situationmap.export.ChangeTables;
import org.situationmap.layer.Layer;
import org.situationmap.text.Messages;
import org.situationmap.timeline.StatusDiff;
import org.situationmap.timeline.TimelineIndex;
import org.situationmap.ui.export.ExportActions;
import org.situationmap.ui.state.AppState;

/**
 * Compare mode: a second date typed in (ISO or "25 June 2022"), then the places whose status on the
 * earlier of the two dates differs from the later one, each with its statuses before and after, the
 * day it changed and its sources; the map marks the same places while the mode is on. The list
 * follows the selected date, saves as CSV or Markdown, and a click on a row selects its place.
 */
public final class CompareView extends VBox {
  private final AppState state;
  private final Messages text;
  private final Supplier<Window> owner;
  private final Consumer<String> status;
  private final ExportActions.SaveDialog saveDialog;
  private final TextField otherDate = new TextField();
  private final Label summary = new Label();
  private final ListView<StatusDiff.Change> list = new ListView<>();
  private final Button saveCsv;
  private final Button saveMarkdown;

  /**
   * The compare panel over the shared state, in the language of {@code text}; files are chosen with
   * {@code saveDialog} over {@code owner}, and {@code status} reports what was saved.
   */
  public CompareView(
      AppState state,
      Messages text,
      Supplier<Window> owner,
      Consumer<String> status,
      ExportActions.SaveDialog saveDialog) {
    this.state = state;
    this.text = text;
    this.owner = owner;
    this.status = status;
    this.saveDialog = saveDialog;
    setId("compare");
    setSpacing(6);
    setPadding(new Insets(6));
    otherDate.setId("compare-date");
    otherDate.setPromptText(text.format("compare.date.prompt"));
    otherDate.setOnAction(e -> start());
    Button compare = new Button(text.format("compare.start"));
    compare.setId("compare-start");
    compare.setOnAction(e -> start());
    Button stop = new Button(text.format("compare.stop"));
    stop.setId("compare-stop");
    stop.setOnAction(e -> state.compareDateProperty().set(null));
    stop.disableProperty().bind(state.compareDateProperty().isNull());
    HBox.setHgrow(otherDate, Priority.ALWAYS);
    // the buttons keep their words whole; the date field gives way
    compare.setMinWidth(Region.USE_PREF_SIZE);
    stop.setMinWidth(Region.USE_PREF_SIZE);
    HBox pick = new HBox(6, otherDate, compare, stop);
    pick.setAlignment(Pos.CENTER_LEFT);
    summary.setId("compare-summary");
    summary.setWrapText(true);
    list.setId("compare-list");
    list.setCellFactory(v -> new ChangeCell());
    list.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
            state.showPlace(list.getSelectionModel().getSelectedItem().place());
          }
        });
    VBox.setVgrow(list, Priority.ALWAYS);
    saveCsv = new Button(text.format("compare.save.csv"));
    saveCsv.setId("compare-save-csv");
    saveCsv.setOnAction(e -> save("csv"));
    saveMarkdown = new Button(text.format("compare.save.md"));
    saveMarkdown.setId("compare-save-md");
    saveMarkdown.setOnAction(e -> save("md"));
    getChildren()
        .addAll(
            new Label(text.format("compare.with")),
            pick,
            summary,
            list,
            new HBox(6, saveCsv, saveMarkdown));
    state.compareDateProperty().addListener((o, a, d) -> refresh());
    state.dateProperty().addListener((o, a, d) -> refresh());
    state.layerProperty().addListener((o, a, l) -> refresh());
    refresh();
  }

  private void start() {
    Optional<LocalDate> parsed = text.parseDate(otherDate.getText());
    if (parsed.isEmpty()) {
      summary.setText(text.format("compare.date.invalid", "text", otherDate.getText().strip()));
      return;
    }
    state.compareDateProperty().set(parsed.get());
    refresh();
  }

  /** The earlier and the later of the two dates, or empty when compare mode is off. */
  private Optional<LocalDate[]> range() {
    LocalDate other = state.compareDateProperty().get();
    if (other == null || state.getLayer() == null) {
      return Optional.empty();
    }
    LocalDate date = state.getDate();
    return Optional.of(
        date.isBefore(other) ? new LocalDate[] {date, other} : new LocalDate[] {other, date});
  }

  private List<StatusDiff.Change> changes(LocalDate[] range) {
    return StatusDiff.between(state.getLayer().index(), range[0], range[1], false);
  }

  private void refresh() {
    Optional<LocalDate[]> range = range();
    saveCsv.setDisable(range.isEmpty());
    saveMarkdown.setDisable(range.isEmpty());
    if (range.isEmpty()) {
      list.getItems().clear();
      summary.setText(text.format("compare.off"));
      return;
    }
    LocalDate[] r = range.get();
    List<StatusDiff.Change> changes = changes(r);
    list.getItems().setAll(changes);
    summary.setText(
        text.format(
            "compare.summary",
            "count",
            changes.size(),
            "from",
            text.date(r[0]),
            "to",
            text.date(r[1])));
  }

  private void save(String extension) {
    Optional<LocalDate[]> range = range();
    if (range.isEmpty()) {
      return;
    }
    LocalDate[] r = range.get();
    FileChooser chooser = new FileChooser();
    chooser.setTitle(text.format("compare.save.title"));
    chooser.setInitialFileName("changes-" + r[0] + "-to-" + r[1] + "." + extension);
    File file = saveDialog.show(chooser, owner.get());
    if (file == null) {
      return;
    }
    TimelineIndex index = state.getLayer().index();
    List<StatusDiff.Change> changes = changes(r);
    String content =
        extension.equals("csv")
            ? ChangeTables.csv(index, changes)
            : ChangeTables.markdown(index, changes, r[0], r[1], text, text::status);
    Path path = file.toPath();
    try {
      AtomicFiles.write(path, true, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
      status.accept(text.format("export.saved", "file", path.getFileName().toString()));
    } catch (IOException e) {
      status.accept(text.format("compare.save.failed", "file", path.getFileName().toString()));
    }
  }

  /** Name, "Ukraine → Russia on 25 Jun 2022", and the first source of the change. */
  private final class ChangeCell extends ListCell<StatusDiff.Change> {
    ChangeCell() {
      setOnMouseClicked(
          e -> {
            if (e.getButton() == MouseButton.PRIMARY && getItem() != null) {
              state.showPlace(getItem().place());
            }
          });
    }

    @Override
    protected void updateItem(StatusDiff.Change c, boolean empty) {
      super.updateItem(c, empty);
      if (empty || c == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Layer layer = state.getLayer();
      Label name = new Label(layer.index().place(c.place()).name());
      name.getStyleClass().add("feed-place");
      Label change =
          new Label(
              text.format(
                  "compare.change",
                  "before",
                  text.status(c.before()),
                  "after",
                  text.status(c.after()),
                  "date",
                  text.shortDate(c.changedOn())));
      change.getStyleClass().addAll("feed-change", "status-" + c.after().word());
      VBox box = new VBox(1, name, change);
      if (!c.entry().sources().isEmpty()) {
        Source s = c.entry().sources().get(0);
        Label source =
            new Label(
                text.format(
                    s.title() == null ? "feed.sources.untitled" : "feed.sources",
                    "publisher",
                    s.publisher(),
                    "title",
                    s.title() == null ? "" : s.title(),
                    "date",
                    text.shortDate(s.date()),
                    "more",
                    c.entry().sources().size() - 1));
        source.getStyleClass().add("feed-source");
        source.setWrapText(true);
        source.setMinWidth(0);
        source.maxWidthProperty().bind(list.widthProperty().subtract(30));
        box.getChildren().add(source);
      }
      setText(null);
      setGraphic(box);
    }
  }
}
