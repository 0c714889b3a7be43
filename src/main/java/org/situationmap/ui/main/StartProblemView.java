package org.situationmap.ui.main;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.situationmap.text.Messages;

/**
 * Shown over the empty map when the file the app was to open cannot be read and no layer is open:
 * what went wrong, the problem with its file, line and column, and buttons to open the bundled
 * layer (when there is one and it is not the file that failed) or another file. Hidden until {@link
 * #show}; FX thread.
 */
public final class StartProblemView extends VBox {
  private final Messages text;
  private final Label headline = new Label();
  private final Label explanation = new Label();
  private final TextArea details = new TextArea();
  private final Button openBundled;
  private final Button openOther;
  private final boolean hasBundled;

  /**
   * A hidden panel whose buttons run {@code onOpenBundled} (null: no bundled layer) and {@code
   * onOpenOther}.
   */
  public StartProblemView(Messages text, Runnable onOpenBundled, Runnable onOpenOther) {
    this.text = text;
    setId("start-problem");
    getStyleClass().add("start-problem");
    setSpacing(10);
    setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    setPrefWidth(560);
    headline.getStyleClass().add("start-problem-headline");
    headline.setWrapText(true);
    explanation.setWrapText(true);
    details.setId("start-problem-details");
    details.setEditable(false);
    details.setWrapText(true);
    openBundled = new Button(text.format("start.openBundled"));
    openBundled.setId("start-open-bundled");
    openBundled.setDefaultButton(true);
    openBundled.managedProperty().bind(openBundled.visibleProperty());
    hasBundled = onOpenBundled != null;
    if (hasBundled) {
      openBundled.setOnAction(e -> onOpenBundled.run());
    }
    openOther = new Button(text.format("start.openOther"));
    openOther.setId("start-open-other");
    openOther.setOnAction(e -> onOpenOther.run());
    getChildren().addAll(headline, explanation, details, new HBox(8, openBundled, openOther));
    managedProperty().bind(visibleProperty());
    setVisible(false);
  }

  /**
   * Shows the failure to open {@code failed}'s file; offers the bundled layer unless {@code
   * failedIsBundled}.
   */
  public void show(LayerLoader.Failed failed, boolean failedIsBundled) {
    headline.setText(
        text.format("load.failed.header", "file", failed.file().getFileName().toString()));
    boolean positioned = !failed.details().isEmpty();
    explanation.setText(positioned ? text.format("start.problem") : text.format(failed.message()));
    details.setText(String.join("\n", failed.details()));
    details.setPrefRowCount(Math.min(6, 2 * failed.details().size()));
    details.setVisible(positioned);
    details.setManaged(positioned);
    openBundled.setVisible(hasBundled && !failedIsBundled);
    setVisible(true);
  }

  /** Hides the panel (a layer is open now). */
  public void hide() {
    setVisible(false);
  }
}
