package org.situationmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A problem line is the file, its location in the format's own terms, then the message. */
class ProblemTest {
  /** A row of a table, as a GeoPackage reader would place a problem. */
  private record TableRow(String table, long rowId) implements ProblemLocation {
    @Override
    public String suffix() {
      return ":" + table + "#" + rowId;
    }
  }

  @Test
  void eachLocationIsWrittenAfterTheFileName() {
    assertEquals(
        "a.geojson:12:5: expected a date",
        new Problem(
                "a.geojson",
                new TextLocation(12, 5, "/features/3/properties/control/0/from"),
                "expected a date",
                Severity.ERROR,
                null)
            .format());
    assertEquals(
        "a.geojson: no such file",
        new Problem("a.geojson", ProblemLocation.WHOLE_FILE, "no such file", Severity.FATAL, null)
            .format());
    assertEquals(
        "layer.gpkg:places#17: warning: no control history",
        new Problem(
                "layer.gpkg",
                new TableRow("places", 17),
                "no control history",
                Severity.WARNING,
                "p17")
            .format());
  }

  @Test
  void textPositionsStartAtOne() {
    assertThrows(IllegalArgumentException.class, () -> new TextLocation(0, 1, ""));
    assertThrows(IllegalArgumentException.class, () -> new TextLocation(1, 0, ""));
  }
}
