package org.situationmap.ui.help;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.situationmap.domain.Coverage;
import org.situationmap.domain.Place;
import org.situationmap.domain.SituationMeta;
import org.situationmap.layer.Layer;
import org.situationmap.text.Messages;
import org.situationmap.timeline.TimelineIndex;

/**
 * Help ▸ About the data: the open layer's title, description, licence, updated date, coverage and
 * counts; for the bundled layer, also the text of its README.
 */
final class DataDialog {
  private DataDialog() {}

  /**
   * The dialog for {@code layer} (null when none is open), with {@code readme} (Markdown) shown
   * under the facts when present.
   */
  static Dialog<Void> create(Window owner, Layer layer, Optional<String> readme, Messages text) {
    VBox content = new VBox(16);
    content.getStyleClass().add("help-content");
    String header;
    if (layer == null) {
      header = text.format("data.noLayer");
    } else {
      header = text.layerTitle(layer.title());
      content.getChildren().add(facts(layer, readme.isPresent(), text));
    }
    readme.ifPresent(
        md -> content.getChildren().add(HelpDialogs.section(text.format("data.readme"), view(md))));
    return HelpDialogs.dialog(
        owner, "data-dialog", text.format("data.title"), header, content, text);
  }

  private static Node view(String markdown) {
    MarkdownView view = new MarkdownView(markdown);
    view.setId("data-readme");
    return view;
  }

  private static GridPane facts(Layer layer, boolean bundled, Messages text) {
    SituationMeta meta = layer.situation().meta();
    TimelineIndex index = layer.index();
    GridPane grid = new GridPane();
    grid.setId("data-facts");
    grid.getStyleClass().add("help-facts");
    int row = 0;
    if (meta.description() != null) {
      row = add(grid, row, text.format("data.description"), meta.description());
    }
    if (meta.license() != null) {
      row = add(grid, row, text.format("data.licence"), meta.license());
    }
    if (meta.updated() != null) {
      row = add(grid, row, text.format("data.updated"), text.date(meta.updated()));
    }
    String file =
        bundled
            ? text.format("data.file.bundled")
            : layer.file() == null ? null : layer.file().toString();
    if (file != null) {
      row = add(grid, row, text.format("data.file"), file);
    }
    row = add(grid, row, text.format("data.coverage"), coverage(meta.coverage(), text));
    row = add(grid, row, text.format("data.places"), places(index, text));
    long changes = index.places().stream().mapToLong(p -> p.control().size()).sum();
    long notes = index.places().stream().mapToLong(p -> p.notes().size()).sum();
    row = add(grid, row, text.format("data.changes"), text.count(changes));
    row = add(grid, row, text.format("data.notes"), text.count(notes));
    add(
        grid,
        row,
        text.format("data.dates"),
        text.format(
            "data.dates.range",
            "first",
            text.date(index.firstDate()),
            "last",
            text.date(index.lastDate())));
    return grid;
  }

  private static String coverage(Coverage coverage, Messages text) {
    if (coverage.isEmpty()) {
      return text.format("data.coverage.none");
    }
    StringBuilder lines = new StringBuilder();
    for (Coverage.Oblast oblast : coverage.oblasts()) {
      lines.append(lines.length() == 0 ? "" : "\n");
      lines.append(
          text.format(
              "data.coverage.oblast",
              "oblast",
              oblast.admin1(),
              "date",
              text.date(oblast.checkedTo())));
    }
    return lines.toString();
  }

  /** "165 places" and a line per oblast. */
  private static String places(TimelineIndex index, Messages text) {
    Map<String, Integer> byOblast = new TreeMap<>();
    for (Place place : index.places()) {
      if (place.admin1() != null) {
        byOblast.merge(place.admin1(), 1, Integer::sum);
      }
    }
    StringBuilder lines =
        new StringBuilder(text.format("data.places.count", "places", index.size()));
    byOblast.forEach(
        (oblast, count) ->
            lines
                .append('\n')
                .append(text.format("data.places.oblast", "oblast", oblast, "places", count)));
    return lines.toString();
  }

  private static int add(GridPane grid, int row, String name, String value) {
    Label label = new Label(name);
    label.getStyleClass().add("help-fact-name");
    Label shown = HelpDialogs.wrapped(value);
    grid.addRow(row, label, shown);
    return row + 1;
  }
}
