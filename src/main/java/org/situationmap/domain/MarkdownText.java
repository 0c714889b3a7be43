package org.situationmap.domain;

/**
 * Puts plain text from data (names, notes, titles, publishers) into Markdown so that it reads back
 * as the same text: a backslash goes only before a character that CommonMark, or GitHub's tables
 * and strikethrough, would act on where it stands, so "Donbas: 4.0; the city's" stays as it is
 * while no emphasis, code, link, image, autolink, raw HTML, entity, table cell, heading, list,
 * quote or rule can come from data. The text becomes one line: line breaks and tabs are spaces,
 * spaces at either end are dropped (Markdown drops them too), and other control characters go. No
 * JavaFX. Thread-safe (stateless).
 */
public final class MarkdownText {
  /** Characters Markdown acts on wherever they stand, alone or as pairs that may span the text. */
  private static final String ALWAYS = "`*[]|~";

  private MarkdownText() {}

  /**
   * {@code text} for a place inside a line, after other text: a list item's or heading's words, a
   * table cell, a link's label, between emphasis marks; "" for null.
   */
  public static String inline(String text) {
    String s = oneLine(text);
    boolean[] escape = new boolean[s.length()];
    markInline(s, escape);
    return escaped(s, escape);
  }

  /** {@code text} as a paragraph of its own, at the start of a line; "" for null. */
  public static String paragraph(String text) {
    String s = oneLine(text);
    boolean[] escape = new boolean[s.length()];
    markInline(s, escape);
    markLineStart(s, escape);
    return escaped(s, escape);
  }

  private static void markInline(String s, boolean[] escape) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : 0;
      escape[i] =
          switch (c) {
            case '\\' -> next == 0 || isAsciiPunctuation(next); // else a plain backslash
            case '_' -> // inside a word an underscore is no emphasis
                i == 0 || next == 0 || !wordChar(s.charAt(i - 1)) || !wordChar(next);
            case '<' -> // a tag, comment, declaration or autolink starts with one of these
                next == 0 || isAsciiLetter(next) || next == '/' || next == '!' || next == '?';
            case '&' -> startsEntity(s, i + 1);
            case '#' -> endsLineWithHashes(s, i); // a heading's closing sequence
            default -> ALWAYS.indexOf(c) >= 0;
          };
    }
  }

  /** What would start a heading, quote, list or rule at the start of a line. */
  private static void markLineStart(String s, boolean[] escape) {
    if (s.isEmpty()) {
      return;
    }
    char first = s.charAt(0);
    if (first == '>') {
      escape[0] = true;
    } else if (first == '#') {
      int hashes = run(s, 0, '#');
      escape[0] |= hashes <= 6 && blankOrEnd(s, hashes);
    } else if (first == '-' || first == '+') {
      escape[0] |= blankOrEnd(s, 1) || (first == '-' && isDashRule(s));
    } else if (isAsciiDigit(first)) {
      int digits = 0;
      while (digits < s.length() && isAsciiDigit(s.charAt(digits))) {
        digits++;
      }
      if (digits <= 9 && digits < s.length() && ".)".indexOf(s.charAt(digits)) >= 0) {
        escape[digits] |= blankOrEnd(s, digits + 1);
      }
    }
  }

  private static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (Character.getType(c) != Character.CONTROL) {
        out.append(c);
      }
    }
    int start = 0;
    int end = out.length();
    while (start < end && out.charAt(start) == ' ') {
      start++;
    }
    while (end > start && out.charAt(end - 1) == ' ') {
      end--;
    }
    return out.substring(start, end);
  }

  private static String escaped(String s, boolean[] escape) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      if (escape[i]) {
        out.append('\\');
      }
      out.append(s.charAt(i));
    }
    return out.toString();
  }

  /** An entity or numeric character reference ({@code &amp;}, {@code &#35;}) could start here. */
  private static boolean startsEntity(String s, int from) {
    int i = from;
    if (i < s.length() && s.charAt(i) == '#') {
      i++;
    }
    int start = i;
    while (i < s.length() && (isAsciiLetter(s.charAt(i)) || isAsciiDigit(s.charAt(i)))) {
      i++;
    }
    if (i == s.length()) {
      return true; // what follows the text may complete it
    }
    return i > start && s.charAt(i) == ';';
  }

  /** Whether the '#' at i begins the run of '#' that ends the text, after a space or alone. */
  private static boolean endsLineWithHashes(String s, int i) {
    if (i > 0 && s.charAt(i - 1) != ' ') {
      return false;
    }
    return i + run(s, i, '#') == s.length();
  }

  /** A line of three or more dashes, with spaces between them or not. */
  private static boolean isDashRule(String s) {
    int dashes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-') {
        dashes++;
      } else if (c != ' ') {
        return false;
      }
    }
    return dashes >= 3;
  }

  private static int run(String s, int from, char c) {
    int i = from;
    while (i < s.length() && s.charAt(i) == c) {
      i++;
    }
    return i - from;
  }

  private static boolean blankOrEnd(String s, int i) {
    return i >= s.length() || s.charAt(i) == ' ';
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiPunctuation(char c) {
    return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }
}
