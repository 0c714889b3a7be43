package org.situationmap.ui.common;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import org.situationmap.text.Messages;

/**
 * The usual dialog buttons with their words from the bundle, so they speak the app's language
 * (JavaFX's own {@code ButtonType.OK}… carry JavaFX's words). Tests find them by {@link
 * ButtonData}.
 */
public final class DialogButtons {
  private DialogButtons() {}

  /** OK ({@link ButtonData#OK_DONE}). */
  public static ButtonType ok(Messages text) {
    return new ButtonType(text.format("button.ok"), ButtonData.OK_DONE);
  }

  /** Cancel ({@link ButtonData#CANCEL_CLOSE}). */
  public static ButtonType cancel(Messages text) {
    return new ButtonType(text.format("button.cancel"), ButtonData.CANCEL_CLOSE);
  }

  /** Close ({@link ButtonData#CANCEL_CLOSE}), for a dialog that only shows something. */
  public static ButtonType close(Messages text) {
    return new ButtonType(text.format("button.close"), ButtonData.CANCEL_CLOSE);
  }

  /** Yes ({@link ButtonData#YES}). */
  public static ButtonType yes(Messages text) {
    return new ButtonType(text.format("button.yes"), ButtonData.YES);
  }

  /** No ({@link ButtonData#NO}). */
  public static ButtonType no(Messages text) {
    return new ButtonType(text.format("button.no"), ButtonData.NO);
  }
}
