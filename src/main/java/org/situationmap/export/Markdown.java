package org.situationmap.export;

import org.situationmap.domain.MarkdownText;
import org.situationmap.domain.UrlPolicy;

/**
 * Data text in Markdown: it reads back as the same plain text, escaped only where Markdown would
 * act on it ({@link MarkdownText}); links only to web addresses ({@link UrlPolicy}).
 */
public final class Markdown {
  private Markdown() {}

  /**
   * The text for a place inside a line (a list item, heading, table cell or link label), on one
   * line; see {@link MarkdownText#inline}.
   */
  public static String escape(String text) {
    return MarkdownText.inline(text);
  }

  /** The text as a paragraph of its own, on one line; see {@link MarkdownText#paragraph}. */
  public static String paragraph(String text) {
    return MarkdownText.paragraph(text);
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
