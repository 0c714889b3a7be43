package org.situationmap.ui.notes;

import java.util.List;
import java.util.function.Predicate;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.situationmap.domain.Source;
import org.situationmap.domain.UrlPolicy;

/**
 * The sources of a note or control entry, one per line: publisher, title and date, then the URL — a
 * link (opened through {@code open}) when {@link org.situationmap.domain.UrlPolicy} allows it,
 * plain text otherwise.
 */
final class SourceLines extends VBox {
  SourceLines(List<Source> sources, Predicate<String> open, PlaceText words) {
    getStyleClass().add("source-lines");
    for (Source s : sources) {
      Label text = wrapped(words.source(s), "source-text");
      getChildren().add(text);
      if (s.url() == null) {
        continue;
      }
      if (UrlPolicy.isOpenable(s.url())) {
        Hyperlink link = new Hyperlink(s.url());
        link.getStyleClass().add("source-link");
        link.setTooltip(new Tooltip(s.url()));
        link.setMaxWidth(Double.MAX_VALUE);
        link.setOnAction(e -> open.test(s.url()));
        getChildren().add(link);
      } else {
        getChildren().add(wrapped(s.url(), "source-url"));
      }
    }
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
