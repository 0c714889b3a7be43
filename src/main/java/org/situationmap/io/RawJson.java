package org.situationmap.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Copies one JSON value token by token, keeping number literals exactly as written. Used to keep
 * unknown members as raw JSON text and to write them back.
 */
final class RawJson {
  private RawJson() {}

  /** Called on every member name copied, e.g. to find duplicates. */
  @FunctionalInterface
  interface NameCheck {
    void check() throws IOException;
  }

  /** The current value of {@code parser} as compact JSON text; leaves it on the value's end. */
  static String capture(JsonParser parser, NameCheck names) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = JsonFactories.FACTORY.createGenerator(text)) {
      copy(parser, generator, names);
    }
    return text.toString();
  }

  /** Writes raw JSON {@code text} (one value) to {@code generator}, re-indented by it. */
  static void write(String text, JsonGenerator generator) throws IOException {
    try (JsonParser parser = JsonFactories.FACTORY.createParser(text)) {
      parser.nextToken();
      copy(parser, generator);
    }
  }

  /** Copies the value at the current token of {@code parser}, including nested values. */
  static void copy(JsonParser parser, JsonGenerator generator) throws IOException {
    copy(parser, generator, () -> {});
  }

  private static void copy(JsonParser parser, JsonGenerator generator, NameCheck names)
      throws IOException {
    int depth = 0;
    do {
      JsonToken token = parser.currentToken();
      switch (token) {
        case START_OBJECT -> {
          generator.writeStartObject();
          depth++;
        }
        case START_ARRAY -> {
          generator.writeStartArray();
          depth++;
        }
        case END_OBJECT -> {
          generator.writeEndObject();
          depth--;
        }
        case END_ARRAY -> {
          generator.writeEndArray();
          depth--;
        }
        case FIELD_NAME -> {
          names.check();
          generator.writeFieldName(parser.currentName());
        }
        case VALUE_STRING -> generator.writeString(parser.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(parser.getText());
        case VALUE_TRUE -> generator.writeBoolean(true);
        case VALUE_FALSE -> generator.writeBoolean(false);
        case VALUE_NULL -> generator.writeNull();
        default -> throw new IOException("unexpected token " + token);
      }
    } while (depth > 0 && parser.nextToken() != null);
  }
}
