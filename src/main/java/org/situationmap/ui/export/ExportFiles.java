package org.situationmap.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.situationmap.layer.Layer;
import org.situationmap.text.Messages;
import org.situationmap.ui.common.DialogButtons;

/**
 * Asks where an export goes: a save dialog that proposes a name from the layer and the dates and
 * starts in the {@link ExportFolder}, which then remembers the folder chosen; and whether to
 * replace a file written beside it. FX thread.
 */
final class ExportFiles {
  private final Supplier<Window> owner;
  private final ExportActions.SaveDialog dialog;
  private final ExportFolder folder;
  private final Messages text;

  ExportFiles(
      Supplier<Window> owner, ExportActions.SaveDialog dialog, ExportFolder folder, Messages text) {
    this.owner = owner;
    this.dialog = dialog;
    this.folder = folder;
    this.text = text;
  }

  /**
   * The file the person chose for an export of {@code layer}, with the extension added when they
   * typed none; null when they cancelled. The name proposed is the layer's file name, then {@code
   * dates} (e.g. {@code donbas-2022-06-01-to-2022-07-10.gif}).
   */
  Path choose(Layer layer, String dates, String ext, String title, String kind) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*." + ext));
    String stem =
        layer.file() == null
            ? "situation-map"
            : layer.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
    chooser.setInitialFileName(stem + "-" + dates + "." + ext);
    folder.initial().ifPresent(start -> chooser.setInitialDirectory(start.toFile()));
    // the system save dialog asks before replacing the file it returns
    File file = dialog.show(chooser, owner.get());
    if (file == null) {
      return null;
    }
    folder.remember(file.toPath());
    Path path = file.toPath();
    return path.getFileName().toString().contains(".")
        ? path
        : path.resolveSibling(path.getFileName() + "." + ext);
  }

  /** Whether to replace {@code file}, which exists (asked in a dialog). */
  boolean confirmReplace(Path file) {
    var yes = DialogButtons.yes(text);
    Alert alert =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            text.format("export.replace", "file", file.getFileName().toString()),
            yes,
            DialogButtons.no(text));
    alert.setTitle(text.format("dialog.confirm.title"));
    alert.setHeaderText(text.format("dialog.confirm.header"));
    alert.initOwner(owner.get());
    return alert.showAndWait().filter(b -> b == yes).isPresent();
  }
}
