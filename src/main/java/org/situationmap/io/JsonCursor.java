package org.situationmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.situationmap.domain.Source;

/**
 * A streaming parser plus the problems of one read: typed reads of the current value that report a
 * wrong value at its position and carry on. Not thread-safe: one per read.
 */
final class JsonCursor {
  private static final long DATE_CACHE_FIRST = LocalDate.of(1990, 1, 1).toEpochDay();
  private static final int DATE_CACHE_DAYS = 60 * 366;

  private final JsonParser parser;
  private final ProblemCollector problems;
  private final Canonical canonical = new Canonical();
  private final java.util.Map<SourceParser.Key, Source> sources = new java.util.HashMap<>();
  private final LocalDate[] dates = new LocalDate[DATE_CACHE_DAYS];
  private Severity severity = Severity.ERROR;

  JsonCursor(JsonParser parser, ProblemCollector problems) {
    this.parser = parser;
    this.problems = problems;
  }

  JsonParser parser() {
    return parser;
  }

  ProblemCollector problems() {
    return problems;
  }

  /** The source built earlier in this read from the same parts, or null. */
  Source canonicalSource(SourceParser.Key key) {
    return sources.get(key);
  }

  /** Remembers the source built from {@code key}. */
  void rememberSource(SourceParser.Key key, Source source) {
    sources.put(key, source);
  }

  /** The shared instance of a value equal to {@code value} within this read. */
  <T> T canonical(T value) {
    return canonical.of(value);
  }

  /** Sets the severity of value problems reported from now on; returns the previous one. */
  Severity severity(Severity next) {
    Severity previous = severity;
    severity = next;
    return previous;
  }

  JsonToken token() {
    return parser.currentToken();
  }

  JsonLocation location() {
    return parser.currentTokenLocation();
  }

  /** The JSON pointer of the current value (of the container itself on its start or end). */
  String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  /** Reports a problem at the current token. */
  void report(String message) {
    problems.add(location(), pointer(), severity, message);
  }

  /** Reports a problem with {@code severity} at the current token. */
  void report(Severity severity, String message) {
    problems.add(location(), pointer(), severity, message);
  }

  /** Reports a problem at {@code start} with the pointer of the container that just ended. */
  void reportAt(JsonLocation start, String message) {
    problems.add(start, pointer(), severity, message);
  }

  /** Moves to the next member of the current object; returns its name, or null at its end. */
  String nextMember() throws IOException {
    if (parser.nextToken() != JsonToken.FIELD_NAME) {
      return null;
    }
    String name = parser.currentName();
    parser.nextToken();
    return name;
  }

  /** Skips the current value, including nested values. */
  void skip() throws IOException {
    parser.skipChildren();
  }

  /**
   * Whether the current value is an object; otherwise reports "expected {@code what}" and skips.
   */
  boolean expectObject(String what) throws IOException {
    return expect(JsonToken.START_OBJECT, what);
  }

  /** Whether the current value is an array; otherwise reports "expected {@code what}" and skips. */
  boolean expectArray(String what) throws IOException {
    return expect(JsonToken.START_ARRAY, what);
  }

  private boolean expect(JsonToken start, String what) throws IOException {
    if (token() == start) {
      return true;
    }
    report("expected " + what + ", got " + describe());
    skip();
    return false;
  }

  /** The current string value; {@code null} (reported unless optional and JSON null) otherwise. */
  String text(boolean required) throws IOException {
    JsonToken token = token();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    if (token != JsonToken.VALUE_NULL || required) {
      report("expected a string, got " + describe());
      skip();
    }
    return null;
  }

  /** The current finite number; NaN (reported) otherwise. */
  double number() throws IOException {
    JsonToken token = token();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      double value = parser.getDoubleValue();
      if (Double.isFinite(value)) {
        return value;
      }
      report("expected a finite number, got " + parser.getText());
      return Double.NaN;
    }
    report("expected a number, got " + describe());
    skip();
    return Double.NaN;
  }

  /** The current date written as YYYY-MM-DD; {@code null} (reported) otherwise. */
  LocalDate date(boolean required) throws IOException {
    String text = text(required);
    if (text == null) {
      return null;
    }
    LocalDate date = DateText.parse(text);
    if (date == null) {
      report(DateText.problem(text));
    }
    return shared(date);
  }

  private LocalDate shared(LocalDate date) {
    if (date == null) {
      return null;
    }
    long slot = date.toEpochDay() - DATE_CACHE_FIRST;
    if (slot < 0 || slot >= DATE_CACHE_DAYS) {
      return canonical.of(date);
    }
    LocalDate known = dates[(int) slot];
    if (known == null) {
      dates[(int) slot] = date;
      return date;
    }
    return known;
  }

  /** The constant whose word is the current string; {@code null} (reported) otherwise. */
  <E> E word(Function<String, Optional<E>> fromWord, String allowed, boolean required)
      throws IOException {
    String text = text(required);
    if (text == null) {
      return null;
    }
    E value = fromWord.apply(text).orElse(null);
    if (value == null) {
      report("expected one of " + allowed + ", got " + quote(text));
    }
    return value;
  }

  /** The text of the current token as written, e.g. a number literal. */
  String parserText() {
    try {
      return parser.getText();
    } catch (IOException e) {
      return "?";
    }
  }

  /** The current value as raw JSON text, for unknown members. */
  String raw() throws IOException {
    return RawJson.capture(parser);
  }

  /** The current value for a message: 'text', 3, true, null, an object, an array. */
  String describe() throws IOException {
    JsonToken token = token();
    if (token == null) {
      return "the end of the file";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> quote(parser.getText());
      default -> parser.getText();
    };
  }

  /** {@code text} in single quotes, shortened to 60 characters. */
  static String quote(String text) {
    return "'" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "'";
  }
}
