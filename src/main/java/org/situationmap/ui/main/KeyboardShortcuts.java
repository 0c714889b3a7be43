package org.situationmap.ui.main;

import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.situationmap.text.Messages;
import org.situationmap.ui.state.AppState;
import org.situationmap.ui.timeline.TimelineViewModel;

/**
 * Keys for the whole window: Space play/pause, ←/→ one day, Shift+←/→ previous/next change,
 * Home/End first/last date, Esc clears the selected place. After Shift+←/→ the status bar says what
 * changed on the date reached. Text fields keep their keys.
 */
public final class KeyboardShortcuts {
  private KeyboardShortcuts() {}

  /** Installs the shortcuts on a scene. */
  public static void install(
      Scene scene,
      TimelineViewModel timeline,
      AppState state,
      Messages text,
      Consumer<String> status) {
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (scene.getFocusOwner() instanceof TextInputControl) {
            return;
          }
          if (handle(e.getCode(), e.isShiftDown(), timeline)) {
            e.consume();
            boolean toChange =
                e.isShiftDown()
                    && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)
                    && state.getLayer() != null;
            if (toChange) {
              status.accept(ChangeSummary.on(state.getLayer().index(), state.getDate(), text));
            }
          } else if (e.getCode() == KeyCode.ESCAPE && state.getSelected() >= 0) {
            state.selectedProperty().set(-1);
            e.consume();
          }
        });
  }

  static boolean handle(KeyCode code, boolean shift, TimelineViewModel timeline) {
    switch (code) {
      case SPACE -> timeline.togglePlay();
      case LEFT -> {
        if (shift) {
          timeline.previousChange();
        } else {
          timeline.stepDays(-1);
        }
      }
      case RIGHT -> {
        if (shift) {
          timeline.nextChange();
        } else {
          timeline.stepDays(1);
        }
      }
      case HOME -> timeline.home();
      case END -> timeline.end();
      default -> {
        return false;
      }
    }
    return true;
  }
}
