package org.situationmap.export;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The reference CommonMark parser, with GitHub's tables and strikethrough, as the judge of what
 * Markdown makes of text: {@link #text} is what a reader sees of a node, and fails when Markdown
 * made anything there but plain text.
 */
final class MarkdownOracle {
  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), StrikethroughExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  private MarkdownOracle() {}

  /** The document Markdown reads from {@code markdown}. */
  static Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

  /**
   * The plain text inside {@code node}: its text nodes in order (a soft line break reads as a
   * space); an emphasis, code span, link, image, HTML or anything else inside fails.
   */
  static String text(Node node) {
    StringBuilder out = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text t) {
        out.append(t.getLiteral());
      } else if (child instanceof SoftLineBreak) {
        out.append(' ');
      } else {
        throw new AssertionError(
            "Markdown made a " + child.getClass().getSimpleName() + " inside " + node);
      }
    }
    return out.toString();
  }

  /** The only child of {@code node}, of type {@code type}. */
  static <T extends Node> T only(Node node, Class<T> type) {
    Node child = node.getFirstChild();
    if (child == null || child.getNext() != null || !type.isInstance(child)) {
      throw new AssertionError("expected one " + type.getSimpleName() + " in " + describe(node));
    }
    return type.cast(child);
  }

  /** The node and its children, for messages. */
  static String describe(Node node) {
    StringBuilder out = new StringBuilder(node.toString());
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      out.append("\n  ").append(describe(child).replace("\n", "\n  "));
    }
    return out.toString();
  }
}
