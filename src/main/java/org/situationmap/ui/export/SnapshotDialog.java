package org.situationmap.ui.export;

import java.util.Optional;
import javafx.collections.FXCollections;
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
import org.situationmap.text.Messages;
import org.situationmap.ui.common.DialogButtons;
import org.situationmap.ui.common.ValueWords;

/**
 * File ▸ Export snapshot…: size, scale, title and what to include. The choices are values ({@link
 * ImageSize}, scale 1 or 2) shown in words.
 */
final class SnapshotDialog extends Dialog<SnapshotSettings> {
  private final ChoiceBox<ImageSize> size =
      new ChoiceBox<>(FXCollections.observableArrayList(ImageSize.values()));
  private final Spinner<Integer> width = new Spinner<>(200, 8000, 1600, 100);
  private final Spinner<Integer> height = new Spinner<>(200, 8000, 1000, 100);
  private final ChoiceBox<Integer> scale = new ChoiceBox<>(FXCollections.observableArrayList(1, 2));
  private final TextField title = new TextField();
  private final CheckBox showTitle;
  private final CheckBox legend;
  private final CheckBox scaleBar;
  private final CheckBox attribution;
  private final CheckBox markdown;
  private final ButtonType ok;

  SnapshotDialog(Window owner, String defaultTitle, Messages text) {
    initOwner(owner);
    setTitle(text.format("export.snapshot.title"));
    setHeaderText(text.format("export.snapshot.header"));
    getDialogPane().setId("export-snapshot-dialog");
    showTitle = check(text.format("export.include.title"));
    legend = check(text.format("export.include.legend"));
    scaleBar = check(text.format("export.include.scaleBar"));
    attribution = check(text.format("export.include.attribution"));
    markdown = check(text.format("export.include.markdown"));
    size.setId("export-size");
    size.setConverter(new ValueWords<>(s -> sizeWords(s, text)));
    size.setValue(ImageSize.WIDE_1600); // print size, whatever the window's
    scale.setId("export-scale");
    scale.setConverter(
        new ValueWords<>(s -> text.format(s == 2 ? "export.scale.print" : "export.scale.screen")));
    scale.setValue(1);
    title.setId("export-title");
    title.setText(defaultTitle);
    title.setPrefColumnCount(32);
    attribution.setDisable(true);
    width.setEditable(true);
    height.setEditable(true);
    width.disableProperty().bind(size.valueProperty().isNotEqualTo(ImageSize.CUSTOM));
    height.disableProperty().bind(size.valueProperty().isNotEqualTo(ImageSize.CUSTOM));
    size.valueProperty()
        .addListener(
            (o, a, v) -> {
              if (v.isPreset()) {
                width.getValueFactory().setValue(v.width());
                height.getValueFactory().setValue(v.height());
              }
            });
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.setPadding(new Insets(10));
    grid.addRow(
        0,
        new Label(text.format("export.size")),
        new HBox(8, size, width, new Label(text.format("export.size.by")), height));
    grid.addRow(1, new Label(text.format("export.scale")), scale);
    grid.addRow(2, new Label(text.format("export.titleField")), title);
    grid.addRow(3, new Label(text.format("export.include")), showTitle);
    grid.add(legend, 1, 4);
    grid.add(scaleBar, 1, 5);
    grid.add(attribution, 1, 6);
    grid.add(markdown, 1, 7);
    getDialogPane().setContent(grid);
    ok = DialogButtons.ok(text);
    getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(text));
    setResultConverter(b -> b == ok ? settings() : null);
  }

  private SnapshotSettings settings() {
    return new SnapshotSettings(
        size.getValue() == ImageSize.CURRENT_VIEW,
        width.getValue(),
        height.getValue(),
        scale.getValue(),
        title.getText(),
        new ExportOptions(showTitle.isSelected(), legend.isSelected(), scaleBar.isSelected(), true),
        markdown.isSelected());
  }

  Optional<SnapshotSettings> ask() {
    return showAndWait();
  }

  private static String sizeWords(ImageSize s, Messages text) {
    return switch (s) {
      case CURRENT_VIEW -> text.format("export.size.current");
      case CUSTOM -> text.format("export.size.custom");
      default -> text.format("export.size.preset", "width", s.width(), "height", s.height());
    };
  }

  private static CheckBox check(String words) {
    CheckBox box = new CheckBox(words);
    box.setSelected(true);
    return box;
  }
}
