package org.situationmap.ui.export;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.situationmap.text.Messages;

/** A small window with a progress bar and a Cancel button for a long export. FX thread. */
final class ProgressWindow {
  private final Stage stage = new Stage();
  private final ProgressBar bar = new ProgressBar(0);
  private final Label status;
  private final AtomicBoolean cancelled = new AtomicBoolean();

  ProgressWindow(Window owner, String title, Messages text) {
    status = new Label(text.format("export.progress.starting"));
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    stage.setTitle(title);
    bar.setId("export-progress");
    bar.setPrefWidth(320);
    Button cancel = new Button(text.format("button.cancel"));
    cancel.setId("export-cancel");
    cancel.setCancelButton(true);
    cancel.setOnAction(
        e -> {
          cancelled.set(true);
          status.setText(text.format("export.progress.cancelling"));
          cancel.setDisable(true);
        });
    stage.setOnCloseRequest(e -> cancelled.set(true));
    VBox box = new VBox(10, status, bar, cancel);
    box.setPadding(new Insets(14));
    stage.setScene(new Scene(box));
  }

  void show() {
    stage.show();
  }

  void update(double fraction, String message) {
    bar.setProgress(fraction);
    status.setText(message);
  }

  boolean isCancelled() {
    return cancelled.get();
  }

  void close() {
    stage.close();
  }
}
