package org.situationmap.ui.help;

import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.situationmap.text.Messages;
import org.situationmap.ui.common.DialogButtons;

/**
 * What the Help dialogs share: a resizable window with the app's stylesheet, scrolling content and
 * a Close button, and the section headings and wrapped text they are made of.
 */
final class HelpDialogs {
  static final String STYLESHEET = "/org/situationmap/ui/app.css";

  private HelpDialogs() {}

  /** A dialog showing {@code content} under {@code header}; its pane has the id {@code id}. */
  static Dialog<Void> dialog(
      Window owner, String id, String title, String header, Node content, Messages text) {
    Dialog<Void> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(title);
    dialog.setHeaderText(header);
    dialog.setResizable(true);
    dialog.getDialogPane().setId(id);
    dialog.getDialogPane().getStyleClass().add("help-dialog");
    dialog.getDialogPane().getStylesheets().add(stylesheet());
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("help-scroll");
    scroll.setPrefViewportWidth(660);
    dialog.getDialogPane().setContent(scroll);
    dialog.getDialogPane().getButtonTypes().add(DialogButtons.close(text));
    return dialog;
  }

  /** A section: a heading over its lines. */
  static VBox section(String heading, Node... lines) {
    Label title = new Label(heading);
    title.getStyleClass().add("help-heading");
    VBox box = new VBox(4, title);
    box.getChildren().addAll(lines);
    return box;
  }

  /** Text that wraps to the dialog's width. */
  static Label wrapped(String words) {
    Label label = new Label(words);
    label.setWrapText(true);
    label.getStyleClass().add("help-text");
    return label;
  }

  private static String stylesheet() {
    return HelpDialogs.class.getResource(STYLESHEET).toExternalForm();
  }
}
