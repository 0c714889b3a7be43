package org.situationmap.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON value with where it stands in the text it was read from: byte offsets of the value, of
 * each member name and of each element. What {@link TextPatch} needs to change one value of a file
 * and keep every other byte. Immutable once parsed.
 */
final class JsonSpan {
  /** A member of an object: where its name starts and ends, and its value. */
  record Member(String name, int nameStart, int nameEnd, JsonSpan value) {}

  final JsonToken kind;
  final int start;
  final int end;
  final Object scalar; // String, BigDecimal, Boolean or null, for scalars
  final Map<String, Member> members; // objects, in text order
  final List<JsonSpan> elements; // arrays

  private JsonSpan(
      JsonToken kind,
      int start,
      int end,
      Object scalar,
      Map<String, Member> members,
      List<JsonSpan> elements) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.scalar = scalar;
    this.members = members;
    this.elements = elements;
  }

  /** An object known only by where it starts and ends. */
  static JsonSpan bounds(int start, int end) {
    return new JsonSpan(JsonToken.START_OBJECT, start, end, null, Map.of(), List.of());
  }

  /**
   * Parses the value at the parser's current token, which reads {@code text} from offset {@code
   * base}; offsets are into {@code text}.
   */
  static JsonSpan parse(JsonParser p, byte[] text, int base) throws IOException {
    JsonToken token = p.currentToken();
    int start = base + (int) p.currentTokenLocation().getByteOffset();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Member> members = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          int nameStart = base + (int) p.currentTokenLocation().getByteOffset();
          int nameEnd = stringEnd(text, nameStart);
          p.nextToken();
          members.put(name, new Member(name, nameStart, nameEnd, parse(p, text, base)));
        }
        return new JsonSpan(token, start, end(p, base), null, members, List.of());
      }
      case START_ARRAY -> {
        List<JsonSpan> elements = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          elements.add(parse(p, text, base));
        }
        return new JsonSpan(token, start, end(p, base), null, Map.of(), elements);
      }
      case VALUE_STRING -> {
        return scalar(token, start, p, base, p.getText());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return scalar(token, start, p, base, new BigDecimal(p.getText()));
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return scalar(token, start, p, base, token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return scalar(token, start, p, base, null);
      }
      default -> throw new IOException("unexpected " + token);
    }
  }

  private static JsonSpan scalar(JsonToken token, int start, JsonParser p, int base, Object value)
      throws IOException {
    return new JsonSpan(token, start, end(p, base), value, Map.of(), List.of());
  }

  /** The offset after the JSON string that starts with the quote at {@code start}. */
  private static int stringEnd(byte[] text, int start) {
    int i = start + 1;
    while (text[i] != '"') {
      i += text[i] == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  private static int end(JsonParser p, int base) {
    return base + (int) p.currentLocation().getByteOffset();
  }

  boolean isObject() {
    return kind == JsonToken.START_OBJECT;
  }

  boolean isArray() {
    return kind == JsonToken.START_ARRAY;
  }

  /** Whether it is an empty array or object. */
  boolean isEmptyContainer() {
    return isObject() && members.isEmpty() || isArray() && elements.isEmpty();
  }

  /**
   * Whether both values mean the same: equal scalars (numbers by value), objects with the same
   * members, arrays with the same elements. A member one object has as an empty array or object and
   * the other lacks counts as the same (the writer leaves empty lists out).
   */
  boolean sameAs(JsonSpan other) {
    if (isObject() && other.isObject()) {
      for (Member m : members.values()) {
        Member o = other.members.get(m.name());
        if (o == null ? !m.value().isEmptyContainer() : !m.value().sameAs(o.value())) {
          return false;
        }
      }
      for (Member o : other.members.values()) {
        if (!members.containsKey(o.name()) && !o.value().isEmptyContainer()) {
          return false;
        }
      }
      return true;
    }
    if (isArray() && other.isArray()) {
      if (elements.size() != other.elements.size()) {
        return false;
      }
      for (int i = 0; i < elements.size(); i++) {
        if (!elements.get(i).sameAs(other.elements.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (scalar instanceof BigDecimal a && other.scalar instanceof BigDecimal b) {
      return a.compareTo(b) == 0;
    }
    return kind == other.kind && Objects.equals(scalar, other.scalar);
  }
}
