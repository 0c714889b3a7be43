package org.situationmap.ui.main;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.situationmap.text.Messages;

/** The strip along the bottom of the window: a message on the left, layer facts on the right. */
public final class StatusBar extends HBox {
  private final Label message;
  private final Label facts = new Label();
  private final ProgressBar progress = new ProgressBar();
  private final Button cancel;

  /** Creates an empty status bar in the language of {@code text}. */
  public StatusBar(Messages text) {
    message = new Label(text.format("status.ready"));
    cancel = new Button(text.format("button.cancel"));
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
    cancel.setId("load-cancel");
    cancel.getStyleClass().add("small");
    cancel.managedProperty().bind(cancel.visibleProperty());
    cancel.visibleProperty().bind(progress.visibleProperty());
    getChildren().addAll(message, progress, cancel, spacer, facts);
  }

  /** Shows an indeterminate progress bar while {@code loading} is true. */
  public void bindLoading(ObservableBooleanValue loading) {
    progress.visibleProperty().bind(loading);
  }

  /**
   * Shows how much of a load is done ({@code share} 0–1, or -1 for indeterminate) and offers a
   * Cancel button that runs {@code onCancel} while loading.
   */
  public void bindProgress(ObservableDoubleValue share, Runnable onCancel) {
    progress.progressProperty().bind(share);
    cancel.setOnAction(e -> onCancel.run());
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
