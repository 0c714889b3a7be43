package org.situationmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.situationmap.domain.Note;
import org.situationmap.domain.Source;

/** Reads a {@code "notes"} array: {@code {"date", "title", "text", "sources"}} objects. */
final class NoteParser {
  private NoteParser() {}

  /** Reads the current {@code notes} value; returns the valid notes, reports the rest. */
  static List<Note> readList(JsonCursor cursor) throws IOException {
    if (!cursor.expectArray("an array of notes")) {
      return List.of();
    }
    List<Note> notes = new ArrayList<>();
    while (cursor.parser().nextToken() != JsonToken.END_ARRAY) {
      Note note = read(cursor);
      if (note != null) {
        notes.add(note);
      }
    }
    return notes;
  }

  private static Note read(JsonCursor cursor) throws IOException {
    if (!cursor.expectObject("a note object")) {
      return null;
    }
    JsonLocation start = cursor.location();
    int mark = cursor.problems().errorMark();
    LocalDate date = null;
    String title = null;
    String text = null;
    List<Source> sources = null;
    boolean hasDate = false;
    boolean hasText = false;
    ExtrasBuilder extras = new ExtrasBuilder();
    for (String name = cursor.nextMember(); name != null; name = cursor.nextMember()) {
      switch (name) {
        case "date" -> {
          hasDate = true;
          date = cursor.date(true);
        }
        case "title" -> title = cursor.sharedText(false);
        case "text" -> {
          hasText = true;
          text = cursor.text(true);
          if (text != null && text.isBlank()) {
            cursor.report("a note needs a text, got an empty text");
          }
        }
        case "sources" -> sources = SourceParser.readList(cursor, "a note");
        default -> extras.keep(name, cursor);
      }
    }
    if (!hasDate) {
      cursor.reportAt(start, "a note needs a date");
    }
    if (!hasText) {
      cursor.reportAt(start, "a note needs a text");
    }
    if (sources == null) {
      cursor.reportAt(start, "a note needs at least one source");
    }
    if (cursor.problems().errorMark() != mark) {
      return null;
    }
    return new Note(date, title, text, sources, extras.build());
  }
}
