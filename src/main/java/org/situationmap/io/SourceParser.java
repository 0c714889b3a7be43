package org.situationmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.situationmap.domain.Extras;
import org.situationmap.domain.Source;

/** Reads {@code "sources"} arrays: {@code {"publisher", "title", "date", "url"}} objects. */
final class SourceParser {
  private SourceParser() {}

  /**
   * Reads the current {@code sources} value of {@code owner} (e.g. "a control entry"): reports a
   * missing array, an empty one and every bad source; returns the valid sources.
   */
  static List<Source> readList(JsonCursor cursor, String owner) throws IOException {
    if (!cursor.expectArray("an array of sources")) {
      return List.of();
    }
    JsonLocation start = cursor.location();
    List<Source> sources = new ArrayList<>(2);
    int count = 0;
    while (cursor.parser().nextToken() != JsonToken.END_ARRAY) {
      count++;
      Source source = read(cursor);
      if (source != null) {
        sources.add(source);
      }
    }
    if (count == 0) {
      cursor.reportAt(start, owner + " needs at least one source");
    }
    return sources;
  }

  private static Source read(JsonCursor cursor) throws IOException {
    if (!cursor.expectObject("a source object")) {
      return null;
    }
    JsonLocation start = cursor.location();
    int mark = cursor.problems().errorMark();
    SourceTable parts = cursor.sourceTable();
    parts.begin();
    LocalDate date = null;
    boolean hasPublisher = false;
    boolean hasDate = false;
    JsonLocation urlLocation = null;
    ExtrasBuilder extras = new ExtrasBuilder();
    for (String name = cursor.nextMember(); name != null; name = cursor.nextMember()) {
      switch (name) {
        case "publisher" -> {
          hasPublisher = true;
          if (cursor.textPart(parts, SourceTable.PUBLISHER, true)
              && parts.isBlank(SourceTable.PUBLISHER)) {
            cursor.report("a source needs a publisher, got an empty text");
          }
        }
        case "title" -> cursor.textPart(parts, SourceTable.TITLE, false);
        case "date" -> {
          hasDate = true;
          date = cursor.date(true);
        }
        case "url" -> {
          urlLocation = cursor.location();
          cursor.textPart(parts, SourceTable.URL, false);
        }
        default -> extras.keep(name, cursor);
      }
    }
    if (!hasPublisher) {
      cursor.reportAt(start, "a source needs a publisher");
    }
    if (!hasDate) {
      cursor.reportAt(start, "a source needs a date");
    }
    Extras built = extras.build();
    boolean ok = cursor.problems().errorMark() == mark;
    // The same report is usually cited many times: check and build it once per read.
    boolean shareable = ok && built == Extras.EMPTY && parts.usable();
    if (shareable) {
      Source known = parts.find(date);
      if (known != null) {
        return known;
      }
    }
    String url = cursor.partText(parts, SourceTable.URL);
    if (url != null && !Source.isHttpUrl(url)) {
      cursor
          .problems()
          .add(
              urlLocation,
              // On the source's end the pointer is the source's: the URL is its member "url".
              cursor.pointer() + "/url",
              Severity.ERROR,
              "expected an http or https URL, got " + JsonCursor.quote(url));
    }
    if (cursor.problems().errorMark() != mark) {
      return null;
    }
    Source source =
        new Source(
            cursor.partText(parts, SourceTable.PUBLISHER),
            cursor.partText(parts, SourceTable.TITLE),
            date,
            url,
            built);
    if (shareable) {
      parts.remember(date, source);
    }
    return source;
  }
}
