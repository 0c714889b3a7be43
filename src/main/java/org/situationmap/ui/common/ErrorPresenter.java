package org.situationmap.ui.common;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.situationmap.text.Messages;

/**
 * Shows problems to the person, once, in one place: a plain-language headline, and the details
 * (e.g. every {@code file:line:col: message}) in an expandable area — never a stack trace as the
 * message.
 */
public class ErrorPresenter {
  private final Window owner;
  private final Messages text;

  /**
   * Creates a presenter whose dialogs belong to a window (may be null) and speak the language of
   * {@code text}.
   */
  public ErrorPresenter(Window owner, Messages text) {
    this.owner = owner;
    this.text = text;
  }

  /** Shows a dialog with a headline, an explanation and optional detail lines (FX thread). */
  public void show(String headline, String explanation, List<String> details) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.initOwner(owner);
    alert.setTitle(text.format("app.name"));
    alert.setHeaderText(headline);
    alert.setContentText(explanation);
    alert.getDialogPane().setId("error-dialog");
    if (!details.isEmpty()) {
      TextArea area = new TextArea(String.join("\n", details));
      area.setId("error-details");
      area.setEditable(false);
      area.setWrapText(false);
      area.setPrefRowCount(Math.min(12, details.size() + 1));
      GridPane.setVgrow(area, Priority.ALWAYS);
      GridPane.setHgrow(area, Priority.ALWAYS);
      GridPane pane = new GridPane();
      pane.add(new Label(text.format("error.details")), 0, 0);
      pane.add(area, 0, 1);
      alert.getDialogPane().setExpandableContent(pane);
      alert.getDialogPane().setExpanded(true);
    }
    alert.show();
  }
}
