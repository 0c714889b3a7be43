package org.situationmap.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Place;

/**
 * What changed between two dates: every place whose status on the later date differs from its
 * status on the earlier one. A place whose history begins between the dates (unknown before) is
 * <i>new</i>, not changed, and is listed only when asked for. Stateless.
 */
public final class StatusDiff {
  /**
   * One place's change between the two dates.
   *
   * @param place the place's index in the timeline index
   * @param before its status on the earlier date
   * @param after its status on the later date
   * @param entry the last control entry dated after the earlier date and up to the later one: the
   *     change that gives the later status, with its sources
   * @param isNew whether the place had no status on the earlier date
   */
  public record Change(
      int place, ControlStatus before, ControlStatus after, ControlChange entry, boolean isNew) {
    /** The date of the change. */
    public LocalDate changedOn() {
      return entry.from();
    }
  }

  private StatusDiff() {}

  /**
   * The changes between two dates, in index order.
   *
   * @param index the layer's timeline index
   * @param from the earlier date
   * @param to the later date, not before {@code from}
   * @param includeNew whether to list places whose history begins between the dates
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public static List<Change> between(
      TimelineIndex index, LocalDate from, LocalDate to, boolean includeNew) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("the earlier date " + from + " is after " + to);
    }
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      ControlStatus before = index.statusAt(i, from);
      ControlStatus after = index.statusAt(i, to);
      if (before == after) {
        continue;
      }
      boolean isNew = before == ControlStatus.UNKNOWN;
      if (isNew && !includeNew) {
        continue;
      }
      Optional<LocalDate> since = index.since(i, to);
      changes.add(
          new Change(i, before, after, entryOn(index.place(i), since.orElseThrow()), isNew));
    }
    return changes;
  }

  private static ControlChange entryOn(Place place, LocalDate day) {
    for (ControlChange c : place.control()) {
      if (c.from().equals(day)) {
        return c;
      }
    }
    throw new IllegalStateException("no entry of " + place.id() + " on " + day);
  }
}
