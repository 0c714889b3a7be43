package org.situationmap.export;

import org.situationmap.domain.MarkdownText;
import org.situationmap.domain.UrlPolicy;

/** Escaping of data text for Markdown, so nothing in the data is read as markup. */
public final class Markdown {
  private Markdown() {}

  /**
   * The text with every Markdown-significant character backslash-escaped and line breaks folded to
   * spaces (data text is plain text, never markup, HTML or a heading); see {@link MarkdownText}.
   */
  public static String escape(String text) {
    return MarkdownText.escapeCell(text);
  }

  /** A link to an http(s) URL, or the escaped label alone when there is no URL. */
  public static String link(String label, String url) {
    if (!UrlPolicy.isOpenable(url)) {
      return escape(label);
    }
    return "["
        + escape(label)
        + "](<"
        + url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
        + ">)";
  }
}
