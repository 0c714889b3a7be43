package org.situationmap.domain;

/**
 * Puts plain text from data (names, notes, titles, publishers) into Markdown so that it reads as
 * the same plain text: every ASCII punctuation character that Markdown or HTML could interpret is
 * backslash-escaped (CommonMark allows escaping any ASCII punctuation), so no emphasis, heading,
 * list, link, image, autolink, table cell or raw HTML can come from data. Control characters other
 * than tab and line feed are dropped; line breaks stay. No JavaFX. Thread-safe (stateless).
 */
public final class MarkdownText {
  private static final String SPECIAL = "\\`*_{}[]()<>#+-.!|~\"'&=:;$%^@?/,";

  private MarkdownText() {}

  /** {@code text} escaped for use in Markdown body text or a table cell; "" for null. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          continue;
        }
        out.append('\n');
      } else if (c == '\n' || c == '\t') {
        out.append(c);
      } else if (Character.getType(c) == Character.CONTROL) {
        continue;
      } else {
        if (SPECIAL.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code text} escaped for one table cell: as {@link #escape}, with line breaks as spaces. */
  public static String escapeCell(String text) {
    return escape(text).replace('\n', ' ').replace('\t', ' ');
  }
}
