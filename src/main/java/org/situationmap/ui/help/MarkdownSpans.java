package org.situationmap.ui.help;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a block's text into runs of one style: {@code **strong**}, {@code *emphasis*}, {@code
 * `code`}; a link {@code [text](target)} shows its text, an autolink {@code <https://…>} its
 * address, and {@code \x} the character x. Unclosed marks stay as text. Stateless.
 */
final class MarkdownSpans {
  /** How a run of text is shown. */
  enum Style {
    PLAIN,
    STRONG,
    EMPHASIS,
    CODE
  }

  /** A run of text in one style. */
  record Span(String text, Style style) {}

  private MarkdownSpans() {}

  /** The runs of {@code text}, in order; adjacent runs of one style are merged. */
  static List<Span> of(String text) {
    List<Span> spans = new ArrayList<>();
    parse(text, Style.PLAIN, spans);
    return spans;
  }

  private static void parse(String text, Style style, List<Span> out) {
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end;
      if (c == '\\' && i + 1 < text.length() && isPunctuation(text.charAt(i + 1))) {
        plain.append(text.charAt(i + 1));
        i += 2;
      } else if (c == '`' && (end = text.indexOf('`', i + 1)) > i) {
        flush(plain, style, out);
        add(out, new Span(text.substring(i + 1, end), Style.CODE));
        i = end + 1;
      } else if (text.startsWith("**", i) && (end = text.indexOf("**", i + 2)) > i + 2) {
        flush(plain, style, out);
        parse(text.substring(i + 2, end), Style.STRONG, out);
        i = end + 2;
      } else if (c == '*' && (end = text.indexOf('*', i + 1)) > i + 1 && !isSpace(text, i + 1)) {
        flush(plain, style, out);
        parse(text.substring(i + 1, end), style == Style.STRONG ? style : Style.EMPHASIS, out);
        i = end + 1;
      } else if (c == '[' && (end = linkEnd(text, i)) > i) {
        flush(plain, style, out);
        parse(text.substring(i + 1, text.indexOf("](", i)), style, out);
        i = end + 1;
      } else if (c == '<' && (end = text.indexOf('>', i)) > i && isAddress(text, i + 1, end)) {
        plain.append(text, i + 1, end);
        i = end + 1;
      } else {
        plain.append(c);
        i++;
      }
    }
    flush(plain, style, out);
  }

  /** The index of the ')' closing a link that starts with '[' at {@code start}, or -1. */
  private static int linkEnd(String text, int start) {
    int middle = text.indexOf("](", start);
    if (middle < 0) {
      return -1;
    }
    int close = text.indexOf(')', middle + 2);
    return close < 0 || text.substring(start + 1, middle).contains("[") ? -1 : close;
  }

  private static boolean isAddress(String text, int from, int to) {
    String inner = text.substring(from, to);
    return (inner.startsWith("http://") || inner.startsWith("https://")) && !inner.contains(" ");
  }

  private static boolean isSpace(String text, int at) {
    return at < text.length() && Character.isWhitespace(text.charAt(at));
  }

  private static boolean isPunctuation(char c) {
    return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
  }

  private static void flush(StringBuilder plain, Style style, List<Span> out) {
    if (plain.length() > 0) {
      add(out, new Span(plain.toString(), style));
      plain.setLength(0);
    }
  }

  private static void add(List<Span> out, Span span) {
    int last = out.size() - 1;
    if (last >= 0 && out.get(last).style() == span.style()) {
      out.set(last, new Span(out.get(last).text() + span.text(), span.style()));
    } else {
      out.add(span);
    }
  }
}
