package org.situationmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.situationmap.domain.Coverage;
import org.situationmap.domain.Place;

/**
 * Reads {@code situation.coverage}, an object of dates by oblast, and checks its oblasts against
 * the places' {@code admin1} values once all places are read (the member may come before the
 * features). A bad date or an oblast that no place has is a warning and that entry is ignored. Not
 * thread-safe: one per read.
 */
final class CoverageParser {
  private record Entry(String admin1, LocalDate checkedTo, JsonLocation at, String pointer) {}

  private final List<Entry> entries = new ArrayList<>();

  /** Reads the coverage object at the cursor (its problems at the cursor's severity). */
  void read(JsonCursor cursor) throws IOException {
    if (!cursor.expectObject("an object of dates by oblast")) {
      return;
    }
    for (String name = cursor.nextMember(); name != null; name = cursor.nextMember()) {
      JsonLocation at = cursor.lasting();
      String pointer = cursor.pointer();
      LocalDate date = cursor.date(true);
      if (date != null) {
        entries.add(new Entry(name, date, at, pointer));
      }
    }
  }

  /**
   * The coverage of the oblasts some place has; the others are reported as warnings at their dates.
   */
  Coverage resolve(List<Place> places, ProblemCollector problems) {
    if (entries.isEmpty()) {
      return Coverage.NONE;
    }
    Set<String> oblasts = new HashSet<>();
    for (Place place : places) {
      if (place.admin1() != null) {
        oblasts.add(place.admin1());
      }
    }
    List<Coverage.Oblast> known = new ArrayList<>();
    for (Entry entry : entries) {
      if (oblasts.contains(entry.admin1())) {
        known.add(new Coverage.Oblast(entry.admin1(), entry.checkedTo()));
      } else {
        problems.add(
            entry.at(),
            entry.pointer(),
            Severity.WARNING,
            "no place has admin1 "
                + JsonCursor.quote(entry.admin1())
                + "; its coverage date is ignored");
      }
    }
    return new Coverage(known);
  }
}
