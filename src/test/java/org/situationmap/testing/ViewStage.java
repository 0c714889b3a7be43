package org.situationmap.testing;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Puts one view in a stage with the app's stylesheet, for TestFX view tests. */
public final class ViewStage {
  private ViewStage() {}

  /**
   * Shows {@code view} in {@code stage} at the given size (keep it under the 800 px high headless
   * screen).
   */
  public static void show(Stage stage, Parent view, double width, double height) {
    Scene scene = new Scene(view, width, height);
    scene
        .getStylesheets()
        .add(ViewStage.class.getResource("/org/situationmap/ui/app.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
    stage.toFront();
  }
}
