package org.situationmap.ui.help;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the Markdown of a README into the blocks {@link MarkdownView} shows: headings, paragraphs,
 * list items, pipe tables and fenced code. Lines are joined within a block; what the subset does
 * not know stays as text. Stateless.
 */
final class MarkdownBlocks {
  /** A block of a document. */
  sealed interface Block {}

  /** A heading of level 1 to 6. */
  record Heading(int level, String text) implements Block {}

  /** A paragraph, its lines joined with spaces. */
  record Paragraph(String text) implements Block {}

  /** A bullet list item, its continuation lines joined with spaces. */
  record Item(String text) implements Block {}

  /** A pipe table: the header row first; the row of dashes under it is left out. */
  record Table(List<List<String>> rows) implements Block {}

  /** Lines of a fenced code block, as written. */
  record Code(String text) implements Block {}

  private MarkdownBlocks() {}

  /** The blocks of {@code markdown}, in order. */
  static List<Block> of(String markdown) {
    List<Block> blocks = new ArrayList<>();
    List<String> lines = markdown.lines().toList();
    StringBuilder open = null;
    boolean openIsItem = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String trimmed = line.strip();
      boolean continues =
          open != null && !trimmed.isEmpty() && !startsBlock(trimmed) && !isBullet(line);
      if (continues) {
        open.append(' ').append(trimmed);
        continue;
      }
      if (open != null) {
        blocks.add(openIsItem ? new Item(open.toString()) : new Paragraph(open.toString()));
        open = null;
      }
      if (trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.startsWith("```")) {
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
          end++;
        }
        blocks.add(new Code(String.join("\n", lines.subList(i + 1, end))));
        i = end;
      } else if (headingLevel(trimmed) > 0) {
        int level = headingLevel(trimmed);
        blocks.add(new Heading(level, trimmed.substring(level).strip()));
      } else if (trimmed.startsWith("|")) {
        List<List<String>> rows = new ArrayList<>();
        for (; i < lines.size() && lines.get(i).strip().startsWith("|"); i++) {
          List<String> cells = cells(lines.get(i).strip());
          if (!cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
            rows.add(cells);
          }
        }
        i--;
        blocks.add(new Table(rows));
      } else {
        openIsItem = isBullet(line);
        open = new StringBuilder(openIsItem ? trimmed.substring(2).strip() : trimmed);
      }
    }
    if (open != null) {
      blocks.add(openIsItem ? new Item(open.toString()) : new Paragraph(open.toString()));
    }
    return blocks;
  }

  private static boolean startsBlock(String trimmed) {
    return trimmed.startsWith("```") || trimmed.startsWith("|") || headingLevel(trimmed) > 0;
  }

  private static boolean isBullet(String line) {
    return line.startsWith("- ") || line.startsWith("* ");
  }

  /** 1 to 6 for "# …" to "###### …", else 0. */
  private static int headingLevel(String trimmed) {
    int level = 0;
    while (level < trimmed.length() && trimmed.charAt(level) == '#') {
      level++;
    }
    boolean spaced = level < trimmed.length() && trimmed.charAt(level) == ' ';
    return level >= 1 && level <= 6 && spaced ? level : 0;
  }

  /** The cells of "| a | b |", stripped. */
  private static List<String> cells(String row) {
    String inner =
        row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }
}
