package org.situationmap.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.Extras;
import org.situationmap.domain.GeoPoint;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceNames;
import org.situationmap.domain.Source;

/**
 * The rows of one place id in a control sheet, merged: its fields from its first row, and one
 * control entry per date whose sources are the rows of that date. A later row that disagrees on the
 * place's fields is kept with a warning; one that disagrees on its entry's status, confidence or
 * note is skipped.
 */
final class SheetPlace {
  private final SheetRow first;
  private final TreeMap<LocalDate, Entry> entries = new TreeMap<>();

  private static final class Entry {
    final SheetRow row;
    final List<Source> sources = new ArrayList<>();

    Entry(SheetRow row) {
      this.row = row;
    }
  }

  SheetPlace(SheetRow first) {
    this.first = first;
  }

  /** Adds a row of this place; false (reported) when it is skipped. */
  boolean add(SheetRow row, List<Problem> problems) {
    if (row != first && !samePlace(row)) {
      problems.add(
          row.problem(
              "the place's name, position, oblast or kind differ from line "
                  + first.line()
                  + "; those of line "
                  + first.line()
                  + " are kept",
              Severity.WARNING));
    }
    if (row.date() == null) {
      return true;
    }
    Entry entry = entries.computeIfAbsent(row.date(), d -> new Entry(row));
    if (entry.row != row && !sameEntry(entry.row, row)) {
      problems.add(
          row.problem(
              "the control change of "
                  + row.date()
                  + " has another status, confidence or note on line "
                  + entry.row.line()
                  + "; this row is skipped",
              Severity.ERROR));
      return false;
    }
    entry.sources.add(row.source());
    return true;
  }

  private boolean samePlace(SheetRow r) {
    return r.name().equals(first.name())
        && r.lat() == first.lat()
        && r.lon() == first.lon()
        && r.admin1().equals(first.admin1())
        && r.kind() == first.kind();
  }

  private static boolean sameEntry(SheetRow a, SheetRow b) {
    return a.status() == b.status()
        && a.confidence() == b.confidence()
        && Objects.equals(a.note(), b.note());
  }

  Place toPlace() {
    List<ControlChange> control = new ArrayList<>();
    for (Entry e : entries.values()) {
      control.add(
          new ControlChange(
              e.row.date(),
              e.row.status(),
              e.row.confidence(),
              e.sources,
              e.row.note(),
              Extras.EMPTY));
    }
    PlaceNames names =
        first.nameUk().isEmpty()
            ? PlaceNames.EMPTY
            : new PlaceNames(first.nameUk(), null, List.of());
    return new Place(
        first.id(),
        first.name(),
        names,
        first.kind(),
        first.admin1().isEmpty() ? null : first.admin1(),
        null,
        new GeoPoint(first.lat(), first.lon()),
        control,
        List.of(),
        Extras.EMPTY);
  }
}
