package org.situationmap.io;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import org.situationmap.domain.SituationMeta;

/**
 * Reads the optional top-level {@code "situation"} member. Its problems are warnings: a bad value
 * is ignored and the places still load. The coverage goes to a {@link CoverageParser}, which checks
 * it once the places are read.
 */
final class MetaParser {
  private MetaParser() {}

  static SituationMeta read(JsonCursor cursor, CoverageParser coverage) throws IOException {
    Severity previous = cursor.severity(Severity.WARNING);
    try {
      if (cursor.token() == JsonToken.VALUE_NULL || !cursor.expectObject("an object")) {
        return SituationMeta.EMPTY;
      }
      String title = null;
      String description = null;
      LocalDate updated = null;
      String license = null;
      ExtrasBuilder extras = new ExtrasBuilder();
      for (String name = cursor.nextMember(); name != null; name = cursor.nextMember()) {
        switch (name) {
          case "title" -> title = cursor.text(false);
          case "description" -> description = cursor.text(false);
          case "updated" -> updated = cursor.date(false);
          case "license" -> license = cursor.text(false);
          case "coverage" -> coverage.read(cursor);
          default -> extras.keep(name, cursor);
        }
      }
      return new SituationMeta(title, description, updated, license, extras.build());
    } finally {
      cursor.severity(previous);
    }
  }
}
