package org.situationmap.ui.help;

import javafx.scene.control.Dialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.situationmap.text.Messages;

/** Help ▸ About: the version, the runtime, the licence, the bundled libraries and the credits. */
final class AboutDialog {
  private AboutDialog() {}

  /** The dialog for {@code version} of the app. */
  static Dialog<Void> create(Window owner, String version, Messages text) {
    String app = text.format("app.name");
    VBox content =
        new VBox(
            14,
            HelpDialogs.wrapped(text.format("about.summary")),
            HelpDialogs.wrapped(
                text.format(
                    "about.runtime",
                    "java",
                    System.getProperty("java.version"),
                    "javafx",
                    String.valueOf(System.getProperty("javafx.runtime.version")))),
            HelpDialogs.section(
                text.format("about.licence.header"),
                HelpDialogs.wrapped(text.format("about.licence"))),
            HelpDialogs.section(
                text.format("about.libraries.header"),
                HelpDialogs.wrapped(text.format("about.libraries"))),
            HelpDialogs.section(
                text.format("about.credits.header"),
                HelpDialogs.wrapped(text.format("about.credits"))));
    content.getStyleClass().add("help-content");
    return HelpDialogs.dialog(
        owner,
        "about-dialog",
        text.format("about.title", "app", app),
        text.format("about.version", "app", app, "version", version),
        content,
        text);
  }
}
