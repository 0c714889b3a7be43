package org.situationmap.ui.help;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.situationmap.layer.BundledLayer;
import org.situationmap.layer.Layer;
import org.situationmap.text.Messages;
import org.situationmap.ui.state.AppState;

/** The Help menu's actions: About and About the data, each a dialog over the main window. */
public final class HelpActions {
  private final Supplier<Window> owner;
  private final AppState state;
  private final BundledLayer bundled;
  private final String version;
  private final Messages text;

  /**
   * Actions whose dialogs belong to {@code owner}'s window, describe the app at {@code version} and
   * the layer open in {@code state}, and show {@code bundled}'s README when that layer is open.
   */
  public HelpActions(
      Supplier<Window> owner, AppState state, BundledLayer bundled, String version, Messages text) {
    this.owner = owner;
    this.state = state;
    this.bundled = bundled;
    this.version = version;
    this.text = text;
  }

  /** Help ▸ About: shows the dialog and returns it (FX thread). */
  public Dialog<Void> showAbout() {
    Dialog<Void> dialog = AboutDialog.create(owner.get(), version, text);
    dialog.show();
    return dialog;
  }

  /** Help ▸ About the data: shows the dialog and returns it (FX thread). */
  public Dialog<Void> showAboutData() {
    Layer layer = state.getLayer();
    Optional<String> readme =
        layer != null && bundled.isBundled(layer.file()) ? bundled.readme() : Optional.empty();
    Dialog<Void> dialog = DataDialog.create(owner.get(), layer, readme, text);
    dialog.show();
    return dialog;
  }
}
