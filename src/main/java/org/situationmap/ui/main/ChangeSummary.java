package org.situationmap.ui.main;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.situationmap.text.Messages;
import org.situationmap.timeline.DatedChange;
import org.situationmap.timeline.TimelineIndex;

/**
 * What changed on one day, in a line for the status bar: "8 March 2023: Bakhmut Ukraine →
 * Contested; Ivanivske … (and 2 more)". Histories that begin and restated statuses are not changes.
 */
final class ChangeSummary {
  /** At most this many places are named; the rest are counted. */
  static final int NAMED = 3;

  private ChangeSummary() {}

  /** The line for a day, or a line saying only new histories begin on it. */
  static String on(TimelineIndex index, LocalDate day, Messages text) {
    List<String> changes = new ArrayList<>();
    for (DatedChange c : index.changesBetween(day, day)) {
      if (!c.isFirst() && c.before() != c.change().status()) {
        changes.add(
            text.format(
                "status.changeOn.place",
                "place",
                index.place(c.place()).name(),
                "before",
                text.status(c.before()),
                "after",
                text.status(c.change().status())));
      }
    }
    if (changes.isEmpty()) {
      return text.format("status.changeOn.none", "date", text.date(day));
    }
    return text.format(
        "status.changeOn",
        "date",
        text.date(day),
        "changes",
        String.join("; ", changes.subList(0, Math.min(NAMED, changes.size()))),
        "more",
        Math.max(0, changes.size() - NAMED));
  }
}
