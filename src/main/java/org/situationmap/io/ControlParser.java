package org.situationmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.situationmap.domain.Confidence;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Source;

/**
 * Reads a {@code "control"} array: entries {@code {"from", "status", "confidence", "sources",
 * "note"}}, strictly increasing by date.
 */
final class ControlParser {
  static final String STATUS_WORDS = "ukraine, russia, contested";
  static final String CONFIDENCE_WORDS = "confirmed, claimed, assessed";

  private final JsonCursor cursor;
  private LocalDate previous;

  private ControlParser(JsonCursor cursor) {
    this.cursor = cursor;
  }

  /** Reads the current {@code control} value; returns the valid entries, reports the rest. */
  static List<ControlChange> readList(JsonCursor cursor) throws IOException {
    if (!cursor.expectArray("an array of control entries")) {
      return List.of();
    }
    ControlParser parser = new ControlParser(cursor);
    List<ControlChange> entries = new ArrayList<>();
    while (cursor.parser().nextToken() != JsonToken.END_ARRAY) {
      ControlChange entry = parser.read();
      if (entry != null) {
        entries.add(entry);
      }
    }
    return entries;
  }

  private ControlChange read() throws IOException {
    if (!cursor.expectObject("a control entry object")) {
      return null;
    }
    JsonLocation start = cursor.location();
    int mark = cursor.problems().errorMark();
    LocalDate from = null;
    ControlStatus status = null;
    Confidence confidence = null;
    List<Source> sources = null;
    String note = null;
    boolean hasFrom = false;
    boolean hasStatus = false;
    ExtrasBuilder extras = new ExtrasBuilder();
    for (String name = cursor.nextMember(); name != null; name = cursor.nextMember()) {
      switch (name) {
        case "from" -> {
          hasFrom = true;
          from = cursor.date(true);
          checkOrder(from);
        }
        case "status" -> {
          hasStatus = true;
          status = readStatus();
        }
        case "confidence" ->
            confidence = cursor.word(Confidence::fromWord, CONFIDENCE_WORDS, false);
        case "sources" -> sources = SourceParser.readList(cursor, "a control entry");
        case "note" -> note = cursor.text(false);
        default -> extras.keep(name, cursor);
      }
    }
    if (!hasFrom) {
      cursor.reportAt(start, "a control entry needs a 'from' date");
    }
    if (!hasStatus) {
      cursor.reportAt(start, "a control entry needs a status");
    }
    if (sources == null) {
      cursor.reportAt(start, "a control entry needs at least one source");
    }
    if (cursor.problems().errorMark() != mark) {
      return null;
    }
    return new ControlChange(from, status, confidence, sources, note, extras.build());
  }

  private ControlStatus readStatus() throws IOException {
    String word = cursor.sharedText(true);
    if (word == null) {
      return null;
    }
    ControlStatus status = ControlStatus.fromWord(word).orElse(null);
    if (status == null || status == ControlStatus.UNKNOWN) {
      String hint =
          status == null
              ? StatusHints.hint(word)
              : "; unknown is never written: it is the status before the first entry";
      cursor.report("expected one of " + STATUS_WORDS + ", got " + JsonCursor.quote(word) + hint);
      return null;
    }
    return status;
  }

  private void checkOrder(LocalDate from) {
    if (from == null) {
      return;
    }
    if (previous != null && from.isBefore(previous)) {
      cursor.report(
          "control entries must be in date order: "
              + from
              + " comes before the previous entry's "
              + previous);
    } else if (from.equals(previous)) {
      cursor.report("two control entries on " + from + ": a place has one status per day");
    }
    previous = from;
  }
}
