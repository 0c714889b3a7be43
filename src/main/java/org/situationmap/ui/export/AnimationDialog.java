package org.situationmap.ui.export;

import java.time.LocalDate;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

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

  AnimationDialog(Window owner, LocalDate first, LocalDate last) {
    initOwner(owner);
    setTitle("Export animation");
    setHeaderText("Save an animated GIF over a date range");
    getDialogPane().setId("export-animation-dialog");
    from.setValue(first);
    to.setValue(last);
    for (Spinner<Integer> s : java.util.List.of(step, fps, width, height)) {
      s.setEditable(true);
      s.setPrefWidth(90);
    }
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.setPadding(new Insets(10));
    grid.addRow(0, new Label("From"), from);
    grid.addRow(1, new Label("To"), to);
    grid.addRow(2, new Label("Step (days)"), step);
    grid.addRow(3, new Label("Frames per second"), fps);
    grid.addRow(4, new Label("Size"), new HBox(8, width, new Label("×"), height));
    getDialogPane().setContent(grid);
    getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    getDialogPane()
        .lookupButton(ButtonType.OK)
        .disableProperty()
        .bind(
            from.valueProperty()
                .isNull()
                .or(to.valueProperty().isNull())
                .or(
                    javafx.beans.binding.Bindings.createBooleanBinding(
                        () ->
                            from.getValue() != null
                                && to.getValue() != null
                                && to.getValue().isBefore(from.getValue()),
                        from.valueProperty(),
                        to.valueProperty())));
    setResultConverter(
        b ->
            b == ButtonType.OK
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
}
