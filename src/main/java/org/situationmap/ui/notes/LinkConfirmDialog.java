package org.situationmap.ui.notes;

import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.situationmap.text.Messages;
import org.situationmap.ui.common.DialogButtons;

/**
 * Asks before a source link leaves the app, showing the full URL (selectable, so it can be copied
 * instead). The dialog pane has the id {@code open-link-dialog}, the URL area {@code
 * open-link-url}; the button that opens the link is the {@link ButtonBar.ButtonData#OK_DONE} one.
 */
final class LinkConfirmDialog {
  private LinkConfirmDialog() {}

  /** A confirmer for {@link LinkOpener} whose dialogs belong to the window {@code owner} gives. */
  static Predicate<String> asker(Supplier<Window> owner, Messages text) {
    return url -> ask(url, owner.get(), text);
  }

  /** Shows the dialog and waits; true when the person chose to open the URL. */
  static boolean ask(String url, Window owner, Messages text) {
    ButtonType open = new ButtonType(text.format("link.open"), ButtonBar.ButtonData.OK_DONE);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", open, DialogButtons.cancel(text));
    if (owner != null) {
      alert.initOwner(owner);
    }
    alert.setTitle(text.format("link.title"));
    alert.setHeaderText(text.format("link.header"));
    TextArea area = new TextArea(url);
    area.setId("open-link-url");
    area.setEditable(false);
    area.setWrapText(true);
    area.setPrefRowCount(Math.min(6, 1 + url.length() / 60));
    area.setPrefColumnCount(48);
    Label hint = new Label(text.format("link.hint"));
    alert.getDialogPane().setContent(new VBox(6, hint, area));
    alert.getDialogPane().setId("open-link-dialog");
    return alert.showAndWait().filter(b -> b == open).isPresent();
  }
}
