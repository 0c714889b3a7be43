package org.situationmap.ui.notes;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.situationmap.domain.Source;
import org.situationmap.domain.UrlPolicy;
import org.situationmap.text.Messages;

/**
 * The sources of a note or control entry, one after another: publisher, title and date, then the
 * URL — a link (opened through {@code actions}) when {@link org.situationmap.domain.UrlPolicy}
 * allows it, plain text otherwise — and the buttons "Copy citation" (style class {@code
 * copy-citation}) and, when there is a URL, "Copy link" ({@code copy-link}).
 */
final class SourceLines extends VBox {
  SourceLines(List<Source> sources, SourceActions actions, Messages text) {
    getStyleClass().add("source-lines");
    PlaceText words = new PlaceText(text);
    for (Source s : sources) {
      getChildren().add(wrapped(words.source(s), "source-text"));
      if (s.url() != null) {
        if (UrlPolicy.isOpenable(s.url())) {
          Hyperlink link = new Hyperlink(s.url());
          link.getStyleClass().add("source-link");
          link.setTooltip(new Tooltip(s.url()));
          link.setMaxWidth(Double.MAX_VALUE);
          link.setOnAction(e -> actions.openLink(s.url()));
          getChildren().add(link);
        } else {
          getChildren().add(wrapped(s.url(), "source-url"));
        }
      }
      getChildren().add(copyButtons(s, actions, text));
    }
  }

  private static HBox copyButtons(Source s, SourceActions actions, Messages text) {
    HBox row = new HBox(4);
    row.setAlignment(Pos.CENTER_LEFT);
    row.getStyleClass().add("source-actions");
    row.getChildren()
        .add(
            button(
                text.format("notes.copyCitation"),
                text.format("notes.copyCitation.tip"),
                "copy-citation",
                () -> actions.copyCitation(s)));
    if (s.url() != null) {
      row.getChildren()
          .add(
              button(
                  text.format("notes.copyLink"),
                  text.format("notes.copyLink.tip"),
                  "copy-link",
                  () -> actions.copyLink(s.url())));
    }
    return row;
  }

  private static Button button(String label, String tip, String styleClass, Runnable action) {
    Button b = new Button(label);
    b.getStyleClass().addAll("source-action", styleClass);
    b.setTooltip(new Tooltip(tip));
    b.setFocusTraversable(false);
    b.setOnAction(e -> action.run());
    return b;
  }

  /** A label that wraps inside its container and asks for the height it needs. */
  static Label wrapped(String text, String styleClass) {
    Label label = new Label(text);
    label.getStyleClass().add(styleClass);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    return label;
  }
}
