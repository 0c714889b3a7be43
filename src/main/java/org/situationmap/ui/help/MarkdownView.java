package org.situationmap.ui.help;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.situationmap.ui.help.MarkdownBlocks.Block;

/**
 * A README shown readably: headings, wrapped paragraphs, bullet items and tables, with strong,
 * emphasised and code text styled (style classes {@code md-*} in the app's stylesheet) instead of
 * Markdown's marks. Plain text, never HTML: links show their text.
 */
final class MarkdownView extends VBox {
  /** Table cells up to this many characters stay on one line. */
  private static final int SHORT_CELL = 32;

  /** Shows {@code markdown}. */
  MarkdownView(String markdown) {
    getStyleClass().add("md-document");
    setSpacing(6);
    for (Block block : MarkdownBlocks.of(markdown)) {
      getChildren().add(node(block));
    }
  }

  private static Node node(Block block) {
    if (block instanceof MarkdownBlocks.Heading h) {
      return flow(h.text(), "md-h" + Math.min(h.level(), 3));
    }
    if (block instanceof MarkdownBlocks.Item item) {
      Circle bullet = new Circle(2.5);
      bullet.getStyleClass().add("md-bullet");
      TextFlow flow = flow(item.text(), "md-item");
      HBox.setHgrow(flow, Priority.ALWAYS);
      StackPane mark = new StackPane(bullet);
      mark.setMinWidth(12);
      mark.setAlignment(Pos.TOP_CENTER);
      mark.setPadding(new Insets(7, 0, 0, 0));
      HBox row = new HBox(2, mark, flow);
      row.getStyleClass().add("md-item-row");
      return row;
    }
    if (block instanceof MarkdownBlocks.Table table) {
      return table(table.rows());
    }
    if (block instanceof MarkdownBlocks.Code code) {
      Text text = new Text(code.text());
      text.getStyleClass().addAll("md-text", "md-code");
      TextFlow flow = new TextFlow(text);
      flow.getStyleClass().addAll("md-block", "md-code-block");
      return flow;
    }
    return flow(((MarkdownBlocks.Paragraph) block).text(), "md-paragraph");
  }

  /**
   * A grid of the cells: a column of short texts keeps them on one line, a column with longer ones
   * takes the room left and wraps.
   */
  private static GridPane table(List<List<String>> rows) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("md-table");
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    for (int c = 0; c < columns; c++) {
      int column = c;
      boolean wraps =
          rows.stream().anyMatch(r -> column < r.size() && r.get(column).length() > SHORT_CELL);
      ColumnConstraints constraints = new ColumnConstraints();
      constraints.setHgrow(wraps ? Priority.ALWAYS : Priority.NEVER);
      grid.getColumnConstraints().add(constraints);
      for (int r = 0; r < rows.size(); r++) {
        if (c < rows.get(r).size()) {
          TextFlow cell = flow(rows.get(r).get(c), r == 0 ? "md-table-head" : "md-table-cell");
          if (!wraps) {
            cell.setMinWidth(Region.USE_PREF_SIZE);
          }
          grid.add(cell, c, r);
        }
      }
    }
    return grid;
  }

  private static TextFlow flow(String markdown, String styleClass) {
    TextFlow flow = new TextFlow();
    flow.getStyleClass().addAll("md-block", styleClass);
    for (MarkdownSpans.Span span : MarkdownSpans.of(markdown)) {
      Text text = new Text(span.text());
      text.getStyleClass().add("md-text");
      switch (span.style()) {
        case STRONG -> text.getStyleClass().add("md-strong");
        case EMPHASIS -> text.getStyleClass().add("md-emphasis");
        case CODE -> text.getStyleClass().add("md-code");
        case PLAIN -> {
          // the paragraph's own style
        }
      }
      flow.getChildren().add(text);
    }
    return flow;
  }
}
