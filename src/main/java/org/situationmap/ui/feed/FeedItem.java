package org.situationmap.ui.feed;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Source;
import org.situationmap.text.Messages;

/**
 * One row of the event feed: a dated note, or a control change (the status before and after, with
 * the entry's sources). Immutable.
 *
 * @param place the place's index in the layer
 * @param placeName the place's English name
 * @param date the note's date, or the day the change took effect
 * @param title the note's title, or {@code null} (always null for a change)
 * @param text the note's text, or the change's note (plain text; empty when it has none)
 * @param later whether the row is dated after the selected date
 * @param before for a change, the status before it ({@link ControlStatus#UNKNOWN} for a place's
 *     first entry); null for a note
 * @param after for a change, the status it set; null for a note
 * @param sources the sources of the change or note
 */
public record FeedItem(
    int place,
    String placeName,
    LocalDate date,
    String title,
    String text,
    boolean later,
    ControlStatus before,
    ControlStatus after,
    List<Source> sources) {
  private static final int MAX_CHARS = 110;

  /** Checks the row and copies its sources. */
  public FeedItem {
    Objects.requireNonNull(date, "date");
    text = text == null ? "" : text;
    sources = List.copyOf(sources);
  }

  /** A note's row. */
  public static FeedItem note(
      int place,
      String placeName,
      LocalDate date,
      String title,
      String text,
      boolean later,
      List<Source> sources) {
    return new FeedItem(place, placeName, date, title, text, later, null, null, sources);
  }

  /** Whether the row is a control change (not a note). */
  public boolean isChange() {
    return after != null;
  }

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
