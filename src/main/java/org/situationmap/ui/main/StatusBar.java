package org.situationmap.ui.main;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The strip along the bottom of the window: a message on the left, layer facts on the right. */
public final class StatusBar extends HBox {
  private final Label message = new Label("Ready");
  private final Label facts = new Label();
  private final ProgressBar progress = new ProgressBar();

  /** Creates an empty status bar. */
  public StatusBar() {
    getStyleClass().add("status-bar");
    message.setId("status-message");
    facts.setId("status-facts");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    setPadding(new Insets(3, 8, 3, 8));
    setSpacing(12);
    progress.setId("load-progress");
    progress.setPrefWidth(120);
    progress.managedProperty().bind(progress.visibleProperty());
    progress.setVisible(false);
    getChildren().addAll(message, progress, spacer, facts);
  }

  /** Shows an indeterminate progress bar while {@code loading} is true. */
  public void bindLoading(ObservableBooleanValue loading) {
    progress.visibleProperty().bind(loading);
  }

  /** Shows a message (FX thread). */
  public void setMessage(String text) {
    message.setText(text);
  }

  /** The message shown now. */
  public String getMessage() {
    return message.getText();
  }

  /** Shows facts about the loaded layer, e.g. its place count (FX thread). */
  public void setFacts(String text) {
    facts.setText(text);
  }
}
