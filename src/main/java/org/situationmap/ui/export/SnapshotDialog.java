package org.situationmap.ui.export;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.situationmap.export.ExportOptions;

/** File ▸ Export snapshot…: size, scale, title and what to include. */
final class SnapshotDialog extends Dialog<SnapshotSettings> {
  static final String CURRENT = "Current view";
  static final String CUSTOM = "Custom";
  private final ChoiceBox<String> size =
      new ChoiceBox<>(
          javafx.collections.FXCollections.observableArrayList(
              CURRENT, "1600 × 1000", "1920 × 1080", CUSTOM));
  private final Spinner<Integer> width = new Spinner<>(200, 8000, 1600, 100);
  private final Spinner<Integer> height = new Spinner<>(200, 8000, 1000, 100);
  private final ChoiceBox<String> scale =
      new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList("1×", "2× (print)"));
  private final TextField title = new TextField();
  private final CheckBox showTitle = check("Title and date", true);
  private final CheckBox legend = check("Legend with counts", true);
  private final CheckBox scaleBar = check("Scale bar", true);
  private final CheckBox attribution = check("Attribution (always included)", true);
  private final CheckBox markdown = check("Markdown with changes and sources beside the PNG", true);

  SnapshotDialog(Window owner, String defaultTitle) {
    initOwner(owner);
    setTitle("Export snapshot");
    setHeaderText("Save the map as a PNG image");
    getDialogPane().setId("export-snapshot-dialog");
    size.setId("export-size");
    size.setValue(CURRENT);
    scale.setId("export-scale");
    scale.setValue("1×");
    title.setId("export-title");
    title.setText(defaultTitle);
    title.setPrefColumnCount(32);
    attribution.setDisable(true);
    width.setEditable(true);
    height.setEditable(true);
    width.disableProperty().bind(size.valueProperty().isNotEqualTo(CUSTOM));
    height.disableProperty().bind(size.valueProperty().isNotEqualTo(CUSTOM));
    size.valueProperty()
        .addListener(
            (o, a, v) -> {
              if (v.contains("×")) {
                String[] wh = v.split(" × ");
                width.getValueFactory().setValue(Integer.parseInt(wh[0]));
                height.getValueFactory().setValue(Integer.parseInt(wh[1]));
              }
            });
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.setPadding(new Insets(10));
    grid.addRow(0, new Label("Size"), new HBox(8, size, width, new Label("×"), height));
    grid.addRow(1, new Label("Scale"), scale);
    grid.addRow(2, new Label("Title"), title);
    grid.addRow(3, new Label("Include"), showTitle);
    grid.add(legend, 1, 4);
    grid.add(scaleBar, 1, 5);
    grid.add(attribution, 1, 6);
    grid.add(markdown, 1, 7);
    getDialogPane().setContent(grid);
    getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    setResultConverter(b -> b == ButtonType.OK ? settings() : null);
  }

  private SnapshotSettings settings() {
    return new SnapshotSettings(
        CURRENT.equals(size.getValue()),
        width.getValue(),
        height.getValue(),
        scale.getValue().startsWith("2") ? 2 : 1,
        title.getText(),
        new ExportOptions(showTitle.isSelected(), legend.isSelected(), scaleBar.isSelected(), true),
        markdown.isSelected());
  }

  Optional<SnapshotSettings> ask() {
    return showAndWait();
  }

  private static CheckBox check(String text, boolean selected) {
    CheckBox box = new CheckBox(text);
    box.setSelected(selected);
    return box;
  }
}
