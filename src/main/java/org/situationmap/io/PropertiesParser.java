package org.situationmap.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.situationmap.domain.PlaceKind;
import org.situationmap.domain.PlaceNames;

/**
 * Reads a feature's {@code "properties"}: name, names, kind, admin1, population, control, notes;
 * other members are kept as extras.
 */
final class PropertiesParser {
  static final String KIND_WORDS = "city, town, village, site";

  private PropertiesParser() {}

  /** Reads the current {@code properties} value into {@code draft}. */
  static void read(JsonCursor cursor, FeatureDraft draft) throws IOException {
    draft.hasProperties = true;
    draft.propertiesLocation = cursor.lasting();
    if (cursor.token() == JsonToken.VALUE_NULL) {
      draft.propertiesRead = true;
      return;
    }
    if (!cursor.expectObject("a properties object")) {
      return;
    }
    draft.propertiesRead = true;
    ExtrasBuilder extras = new ExtrasBuilder();
    for (String name = cursor.nextMember(); name != null; name = cursor.nextMember()) {
      switch (name) {
        case "name" -> {
          draft.hasName = true;
          draft.name = cursor.text(true);
          if (draft.name != null && draft.name.isBlank()) {
            cursor.report("a place needs a name, got an empty text");
          }
        }
        case "names" -> draft.names = readNames(cursor);
        case "kind" -> {
          PlaceKind kind = cursor.word(PlaceKind::fromWord, KIND_WORDS, false);
          draft.kind = kind == null ? PlaceKind.TOWN : kind;
        }
        case "admin1" -> draft.admin1 = cursor.sharedText(false);
        case "population" -> draft.population = readPopulation(cursor);
        case "control" -> {
          draft.hasControl = true;
          draft.control = ControlParser.readList(cursor);
        }
        case "notes" -> draft.notes = NoteParser.readList(cursor);
        default -> extras.keep(name, cursor);
      }
    }
    draft.extras = extras.build();
  }

  private static Integer readPopulation(JsonCursor cursor) throws IOException {
    JsonToken token = cursor.token();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == JsonToken.VALUE_NUMBER_INT
        && cursor.parser().getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      long value = cursor.parser().getLongValue();
      if (value >= 0 && value <= Integer.MAX_VALUE) {
        return (int) value;
      }
    }
    cursor.report("expected a whole number of at least 0, got " + cursor.describe());
    cursor.skip();
    return null;
  }

  private static PlaceNames readNames(JsonCursor cursor) throws IOException {
    if (cursor.token() == JsonToken.VALUE_NULL || !cursor.expectObject("a names object")) {
      return PlaceNames.EMPTY;
    }
    String uk = null;
    String ru = null;
    List<String> alt = List.of();
    ExtrasBuilder extras = new ExtrasBuilder();
    for (String name = cursor.nextMember(); name != null; name = cursor.nextMember()) {
      switch (name) {
        case "uk" -> uk = cursor.text(false);
        case "ru" -> ru = cursor.text(false);
        case "alt" -> alt = readAlt(cursor);
        default -> extras.keep(name, cursor);
      }
    }
    return new PlaceNames(uk, ru, alt, extras.build());
  }

  private static List<String> readAlt(JsonCursor cursor) throws IOException {
    if (!cursor.expectArray("an array of names")) {
      return List.of();
    }
    List<String> alt = new ArrayList<>();
    while (cursor.parser().nextToken() != JsonToken.END_ARRAY) {
      String name = cursor.text(true);
      if (name != null && !name.isBlank()) {
        alt.add(name);
      } else if (name != null) {
        cursor.report("expected a name, got an empty text");
      }
    }
    return alt;
  }
}
