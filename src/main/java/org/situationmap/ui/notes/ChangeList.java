package org.situationmap.ui.notes;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.situationmap.domain.ControlChange;
import org.situationmap.text.Messages;
import org.situationmap.ui.legend.SymbolIcon;

/**
 * The control entries under the history strip, oldest first: the date (a link that jumps there, id
 * {@code history-jump-<n>}), symbol, status and confidence, the entry's note (selectable) and its
 * sources. The entry in force at the selected date has the style class {@code current}.
 */
final class ChangeList extends VBox {
  private final Consumer<ControlPeriod> jump;
  private final SourceActions actions;
  private final Messages text;
  private final PlaceText words;

  ChangeList(Consumer<ControlPeriod> jump, SourceActions actions, Messages text) {
    this.jump = jump;
    this.actions = actions;
    this.text = text;
    this.words = new PlaceText(text);
    setId("history-changes");
    getStyleClass().add("history-changes");
    setSpacing(4);
  }

  void show(PlaceDetails d) {
    getChildren().clear();
    List<ControlPeriod> periods = d.periods();
    int n = 0;
    for (ControlPeriod p : periods) {
      ControlChange c = p.change();
      if (c == null) {
        continue;
      }
      Hyperlink date = new Hyperlink(text.date(c.from()));
      date.setId("history-jump-" + n++);
      date.getStyleClass().add("change-date");
      date.setTooltip(new Tooltip(text.format("notes.goTo", "date", text.date(c.from()))));
      date.setOnAction(e -> jump.accept(p));
      Label status = new Label(words.outcome(c));
      status.getStyleClass().add("change-status");
      HBox line = new HBox(4, new SymbolIcon(c.status(), 12), status, date);
      line.setAlignment(Pos.CENTER_LEFT);
      VBox row = new VBox(1, line);
      row.getStyleClass().add("change-row");
      if (p.contains(d.date())) {
        row.getStyleClass().add("current");
      }
      if (c.note() != null) {
        row.getChildren().add(new SelectableText(c.note(), "change-note"));
      }
      row.getChildren().add(new SourceLines(c.sources(), actions, text));
      getChildren().add(row);
    }
    if (getChildren().isEmpty()) {
      getChildren().add(SourceLines.wrapped(text.format("notes.noControl"), "notes-empty"));
    }
  }
}
