package org.situationmap.export;

/** Escaping of data text for Markdown, so nothing in the data is read as markup. */
public final class Markdown {
  private static final String SPECIAL = "\\`*_{}[]<>#|~!&";

  private Markdown() {}

  /**
   * The text with every Markdown-significant character backslash-escaped and line breaks folded to
   * spaces (data text is plain text, never markup, HTML or a heading).
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || c == '\t') {
        b.append(' ');
      } else if (SPECIAL.indexOf(c) >= 0) {
        b.append('\\').append(c);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** A link to an http(s) URL, or the escaped label alone when there is no URL. */
  public static String link(String label, String url) {
    if (url == null) {
      return escape(label);
    }
    return "["
        + escape(label)
        + "](<"
        + url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
        + ">)";
  }
}
