package org.situationmap.ui.notes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Place;

/**
 * A span of time during which a place had one status: one band of the history strip. Immutable.
 *
 * @param from the first day
 * @param until the day after the last, or {@code null} while it still holds
 * @param status the status
 * @param change the control entry that began it; {@code null} for the unknown time before the first
 *     entry
 */
public record ControlPeriod(
    LocalDate from, LocalDate until, ControlStatus status, ControlChange change) {

  /** Whether {@code date} falls inside the period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && (until == null || date.isBefore(until));
  }

  /**
   * The periods of {@code place}, oldest first: an unknown period from {@code start} when the first
   * entry is later than that, then one per control entry.
   */
  public static List<ControlPeriod> of(Place place, LocalDate start) {
    List<ControlChange> control = place.control();
    List<ControlPeriod> periods = new ArrayList<>();
    LocalDate first = control.isEmpty() ? null : control.get(0).from();
    if (first == null || start.isBefore(first)) {
      periods.add(new ControlPeriod(start, first, ControlStatus.UNKNOWN, null));
    }
    for (int i = 0; i < control.size(); i++) {
      ControlChange c = control.get(i);
      LocalDate until = i + 1 < control.size() ? control.get(i + 1).from() : null;
      periods.add(new ControlPeriod(c.from(), until, c.status(), c));
    }
    return List.copyOf(periods);
  }
}
