package org.situationmap.ui.feed;

import java.time.LocalDate;

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

  /** The title when there is one, otherwise the text. */
  public String headline() {
    return title != null ? title : text;
  }
}
