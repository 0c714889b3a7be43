package org.situationmap.io;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Reads one element of {@code "features"}: a GeoJSON Feature that describes a place. */
final class FeatureParser {
  private FeatureParser() {}

  /**
   * Reads the current element, number {@code index}; returns its draft ({@link FeatureDraft#valid}
   * tells whether it had errors, which are reported), or {@code null} when it is not an object.
   */
  static FeatureDraft read(JsonCursor cursor, int index) throws IOException {
    int mark = cursor.problems().errorMark();
    if (!cursor.expectObject("a Feature object")) {
      return null;
    }
    FeatureDraft draft = new FeatureDraft(index, cursor.lasting());
    boolean hasType = false;
    boolean hasGeometry = false;
    ExtrasBuilder extras = new ExtrasBuilder();
    for (String name = cursor.nextMember(); name != null; name = cursor.nextMember()) {
      switch (name) {
        case "type" -> {
          hasType = true;
          String type = cursor.sharedText(true);
          if (type != null && !type.equals("Feature")) {
            cursor.report("expected 'Feature', got " + JsonCursor.quote(type));
          }
        }
        case "id" -> readId(cursor, draft);
        case "geometry" -> {
          hasGeometry = true;
          draft.location = GeometryParser.read(cursor);
        }
        case "properties" -> PropertiesParser.read(cursor, draft);
        default -> extras.keep(name, cursor);
      }
    }
    draft.featureExtras = extras.build();
    if (!hasType) {
      cursor.reportAt(draft.start, "a feature needs \"type\": \"Feature\"");
    }
    if (!hasGeometry) {
      cursor.reportAt(draft.start, "a place needs a Point geometry");
    }
    if (!draft.hasProperties) {
      cursor.reportAt(draft.start, "a place needs properties with a name");
    } else if (!draft.hasName && draft.propertiesRead) {
      cursor
          .problems()
          .add(
              draft.propertiesLocation,
              draft.pointer() + "/properties",
              Severity.ERROR,
              "a place needs a name");
    }
    draft.valid = cursor.problems().errorMark() == mark;
    return draft;
  }

  private static void readId(JsonCursor cursor, FeatureDraft draft) throws IOException {
    draft.idLocation = cursor.lasting();
    JsonToken token = cursor.token();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      draft.id = cursor.parser().getText();
      cursor.report(Severity.WARNING, "the id should be a string; using '" + draft.id + "'");
      return;
    }
    String id = cursor.text(false);
    if (id != null && id.isBlank()) {
      cursor.report("expected a non-empty id, got ''");
    } else {
      draft.id = id;
    }
  }
}
