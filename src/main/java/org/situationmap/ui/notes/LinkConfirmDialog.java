package org.situationmap.ui.notes;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks before a source link leaves the app, showing the full URL (selectable, so it can be copied
 * instead). The dialog pane has the id {@code open-link-dialog}, the URL area {@code
 * open-link-url}.
 */
final class LinkConfirmDialog {
  /** The button that opens the link. */
  static final ButtonType OPEN = new ButtonType("Open in browser", ButtonBar.ButtonData.OK_DONE);

  private LinkConfirmDialog() {}

  /** A confirmer for {@link LinkOpener} whose dialogs belong to the window {@code owner} gives. */
  static java.util.function.Predicate<String> asker(Supplier<Window> owner) {
    return url -> ask(url, owner.get());
  }

  /** Shows the dialog and waits; true when the person chose to open the URL. */
  static boolean ask(String url, Window owner) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", OPEN, ButtonType.CANCEL);
    if (owner != null) {
      alert.initOwner(owner);
    }
    alert.setTitle("Open source");
    alert.setHeaderText("Open this address in your web browser?");
    TextArea area = new TextArea(url);
    area.setId("open-link-url");
    area.setEditable(false);
    area.setWrapText(true);
    area.setPrefRowCount(Math.min(6, 1 + url.length() / 60));
    area.setPrefColumnCount(48);
    Label hint = new Label("Check the address before opening it.");
    alert.getDialogPane().setContent(new VBox(6, hint, area));
    alert.getDialogPane().setId("open-link-dialog");
    return alert.showAndWait().filter(b -> b == OPEN).isPresent();
  }
}
