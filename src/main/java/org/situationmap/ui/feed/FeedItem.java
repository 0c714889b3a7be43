package org.situationmap.ui.feed;

import java.time.LocalDate;
import org.situationmap.text.Messages;

/**
 * One row of the event feed. Immutable.
 *
 * @param place the place's index in the layer
 * @param placeName the place's English name
 * @param date the note's date
 * @param title the note's title, or {@code null}
 * @param text the note's text (plain text)
 * @param later whether the note is dated after the selected date
 */
public record FeedItem(
    int place, String placeName, LocalDate date, String title, String text, boolean later) {
  private static final int MAX_CHARS = 110;

  /** The title when there is one, otherwise the text. */
  public String headline() {
    return title != null ? title : text;
  }

  /**
   * "Title: text" (or the text alone) cut to about two lines at a word with an ellipsis, runs of
   * white space collapsed, in the language of {@code words}.
   */
  public String summary(Messages words) {
    String full =
        title == null ? text : words.format("feed.summary", "title", title.strip(), "text", text);
    String t = full.strip().replaceAll("\\s+", " ");
    if (t.length() <= MAX_CHARS) {
      return t;
    }
    int cut = t.lastIndexOf(' ', MAX_CHARS);
    return words.format(
        "text.shortened", "text", t.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS));
  }
}
