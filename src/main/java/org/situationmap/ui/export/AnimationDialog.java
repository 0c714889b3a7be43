package org.situationmap.ui.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.situationmap.text.Messages;
import org.situationmap.ui.common.DialogButtons;

/** File ▸ Export animation…: date range, step, speed and size of an animated GIF. */
final class AnimationDialog extends Dialog<AnimationDialog.Settings> {
  /** What the dialog asked for. */
  record Settings(LocalDate from, LocalDate to, int stepDays, int fps, int width, int height) {}

  private final DatePicker from = new DatePicker();
  private final DatePicker to = new DatePicker();
  private final Spinner<Integer> step = new Spinner<>(1, 365, 7);
  private final Spinner<Integer> fps = new Spinner<>(1, 25, 4);
  private final Spinner<Integer> width = new Spinner<>(200, 4000, 800, 100);
  private final Spinner<Integer> height = new Spinner<>(200, 4000, 500, 100);

  AnimationDialog(Window owner, LocalDate first, LocalDate last, Messages text) {
    initOwner(owner);
    setTitle(text.format("export.animation.title"));
    setHeaderText(text.format("export.animation.header"));
    getDialogPane().setId("export-animation-dialog");
    for (DatePicker picker : List.of(from, to)) {
      picker.setConverter(dates(text));
    }
    from.setValue(first);
    to.setValue(last);
    for (Spinner<Integer> s : List.of(step, fps, width, height)) {
      s.setEditable(true);
      s.setPrefWidth(90);
    }
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.setPadding(new Insets(10));
    grid.addRow(0, new Label(text.format("export.animation.from")), from);
    grid.addRow(1, new Label(text.format("export.animation.to")), to);
    grid.addRow(2, new Label(text.format("export.animation.step")), step);
    grid.addRow(3, new Label(text.format("export.animation.fps")), fps);
    grid.addRow(
        4,
        new Label(text.format("export.size")),
        new HBox(8, width, new Label(text.format("export.size.by")), height));
    getDialogPane().setContent(grid);
    ButtonType ok = DialogButtons.ok(text);
    getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(text));
    getDialogPane()
        .lookupButton(ok)
        .disableProperty()
        .bind(
            from.valueProperty()
                .isNull()
                .or(to.valueProperty().isNull())
                .or(
                    Bindings.createBooleanBinding(
                        () ->
                            from.getValue() != null
                                && to.getValue() != null
                                && to.getValue().isBefore(from.getValue()),
                        from.valueProperty(),
                        to.valueProperty())));
    setResultConverter(
        b ->
            b == ok
                ? new Settings(
                    from.getValue(),
                    to.getValue(),
                    step.getValue(),
                    fps.getValue(),
                    width.getValue(),
                    height.getValue())
                : null);
  }

  Optional<Settings> ask() {
    return showAndWait();
  }

  /** Dates shown and typed as the rest of the app shows and reads them. */
  private static StringConverter<LocalDate> dates(Messages text) {
    return new StringConverter<>() {
      @Override
      public String toString(LocalDate date) {
        return date == null ? "" : text.shortDate(date);
      }

      @Override
      public LocalDate fromString(String typed) {
        return text.parseDate(typed).orElse(null);
      }
    };
  }
}
