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
    String publisher = null;
    String title = null;
    LocalDate date = null;
    String url = null;
    boolean hasPublisher = false;
    boolean hasDate = false;
    JsonLocation urlLocation = null;
    ExtrasBuilder extras = new ExtrasBuilder();
    for (String name = cursor.nextMember(); name != null; name = cursor.nextMember()) {
      switch (name) {
        case "publisher" -> {
          hasPublisher = true;
          publisher = cursor.sharedText(true);
          if (publisher != null && publisher.isBlank()) {
            cursor.report("a source needs a publisher, got an empty text");
          }
        }
        case "title" -> title = cursor.sharedText(false);
        case "date" -> {
          hasDate = true;
          date = cursor.date(true);
        }
        case "url" -> {
          url = cursor.sharedText(false);
          urlLocation = cursor.location();
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
    // The same report is usually cited many times: check and build it once per read.
    Key key = new Key(publisher, title, date, url, built);
    Source known = cursor.problems().errorMark() == mark ? cursor.canonicalSource(key) : null;
    if (known != null) {
      return known;
    }
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
    Source source = new Source(publisher, title, date, url, built);
    cursor.rememberSource(key, source);
    return source;
  }

  /** The parts of a source as read, to find an equal source read before. */
  record Key(String publisher, String title, LocalDate date, String url, Extras extras) {}
}
