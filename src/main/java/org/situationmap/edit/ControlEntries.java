package org.situationmap.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.Place;
import org.situationmap.text.Message;

/** Changes to a place's control history that keep it in date order. Stateless. */
final class ControlEntries {
  private ControlEntries() {}

  /**
   * {@code place}'s history without the entry on {@code from} (none when absent) plus {@code
   * entry}.
   */
  static List<ControlChange> put(Place place, LocalDate from, ControlChange entry)
      throws EditException {
    List<ControlChange> out = without(place, from);
    for (ControlChange c : out) {
      if (c.from().equals(entry.from())) {
        throw new EditException(
            Message.of("edit.sameDay", "place", place.name(), "date", entry.from().toString()));
      }
    }
    out.add(entry);
    out.sort(Comparator.comparing(ControlChange::from));
    return out;
  }

  /** {@code place}'s history without the entry on {@code from}. */
  static List<ControlChange> without(Place place, LocalDate from) {
    List<ControlChange> out = new ArrayList<>(place.control());
    out.removeIf(c -> c.from().equals(from));
    return out;
  }

  /** Throws unless {@code place} has an entry on {@code from}. */
  static void requireEntry(Place place, LocalDate from) throws EditException {
    if (place.control().stream().noneMatch(c -> c.from().equals(from))) {
      throw new EditException(
          Message.of("edit.noEntry", "place", place.name(), "date", from.toString()));
    }
  }
}
