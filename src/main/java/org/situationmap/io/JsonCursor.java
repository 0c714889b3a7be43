package org.situationmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * A streaming parser plus the problems of one read: typed reads of the current value that report a
 * wrong value at its position and carry on. Not thread-safe: one per read.
 */
final class JsonCursor {
  private final JsonParser parser;
  private final ProblemCollector problems;
  private final Canonical canonical = new Canonical();
  private final SourceTable sourceTable = new SourceTable();
  private final DateTable dates = new DateTable(canonical);
  private final MemberNames members = new MemberNames(JsonFactories.MAX_NESTING_DEPTH);
  private final TextPool pool = new TextPool();
  private final Utf8Input source;
  private Severity severity = Severity.ERROR;

  /**
   * A cursor over {@code parser}, which must not detect duplicate names itself: this cursor does.
   *
   * @param source the bytes {@code parser} reads, to place a duplicate name exactly and to keep
   *     positions; may be null
   */
  JsonCursor(JsonParser parser, ProblemCollector problems, Utf8Input source) {
    this.parser = parser;
    this.problems = problems;
    this.source = source;
  }

  JsonParser parser() {
    return parser;
  }

  ProblemCollector problems() {
    return problems;
  }

  /** The sources built so far in this read, and the parts of the one being read. */
  SourceTable sourceTable() {
    return sourceTable;
  }

  /**
   * Gives the current string value to {@code parts} as part {@code which}; a JSON null is an absent
   * part (reported if {@code required}), any other value is reported and skipped. Returns whether a
   * string was given.
   */
  boolean textPart(SourceTable parts, int which, boolean required) throws IOException {
    if (token() == JsonToken.VALUE_STRING) {
      parts.part(which, parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
      return true;
    }
    text(required);
    return false;
  }

  /** Part {@code which} of {@code parts} as a shared string, or null when absent. */
  String partText(SourceTable parts, int which) {
    return parts.text(which, pool);
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

  /**
   * The position of the current token, for a problem reported after the parser has moved far on
   * (its column is converted to characters now).
   */
  JsonLocation lasting() {
    JsonLocation at = location();
    return new CharLocation(at, problems.column(at));
  }

  /**
   * Declares that no position before the current token will be reported any more, except those
   * taken with {@link #lasting}: the bytes before it may be dropped.
   */
  void pin() {
    if (source != null) {
      JsonLocation at = location();
      source.pin(at.getByteOffset(), at.getLineNr(), at.getColumnNr());
    }
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
    checkName(name);
    parser.nextToken();
    return name;
  }

  /**
   * Fails like Jackson's strict duplicate detection when the member name just read repeats one of
   * its object: "Duplicate field 'NAME'" placed right after the name's closing quote.
   */
  private void checkName(String name) throws JsonParseException {
    JsonStreamContext context = parser.getParsingContext();
    if (members.seen(context.getNestingDepth(), context.getCurrentIndex(), name)) {
      JsonLocation at = parser.currentTokenLocation();
      int length = source == null ? -1 : source.stringBytesAt(at.getByteOffset());
      if (length < 0) {
        length = name.length() + 2;
      }
      JsonLocation end =
          new JsonLocation(
              at.contentReference(),
              at.getByteOffset() + length,
              -1L,
              at.getLineNr(),
              at.getColumnNr() + length);
      throw new JsonParseException(parser, "Duplicate field '" + name + "'", end);
    }
  }

  /** Skips the current value, including nested values (checking their member names). */
  void skip() throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      JsonToken next = parser.nextToken();
      if (next == null) {
        return;
      }
      switch (next) {
        case START_OBJECT, START_ARRAY -> depth++;
        case END_OBJECT, END_ARRAY -> depth--;
        case FIELD_NAME -> checkName(parser.currentName());
        default -> {
          // A scalar: nothing to do.
        }
      }
    }
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

  /**
   * Like {@link #text}, but the text is one shared instance per read (titles, regions, words): from
   * the pool when short, else through {@link #canonical}.
   */
  String sharedText(boolean required) throws IOException {
    if (token() == JsonToken.VALUE_STRING) {
      int length = parser.getTextLength();
      return length <= TextPool.MAX_LENGTH
          ? pool.of(parser.getTextCharacters(), parser.getTextOffset(), length)
          : canonical.of(parser.getText());
    }
    return text(required);
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
    if (token() == JsonToken.VALUE_STRING && parser.getTextLength() == 10) {
      LocalDate date = dates.fromText(parser.getTextCharacters(), parser.getTextOffset());
      if (date != null) {
        return date;
      }
    }
    String text = text(required);
    if (text == null) {
      return null;
    }
    LocalDate date = IsoDates.parse(text);
    if (date == null) {
      report(IsoDates.problem(text));
    }
    return dates.shared(date);
  }

  /** The constant whose word is the current string; {@code null} (reported) otherwise. */
  <E> E word(Function<String, Optional<E>> fromWord, String allowed, boolean required)
      throws IOException {
    String text = sharedText(required);
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
    return RawJson.capture(parser, () -> checkName(parser.currentName()));
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
