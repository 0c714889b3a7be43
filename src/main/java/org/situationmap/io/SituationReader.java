package org.situationmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a situation GeoJSON file ({@code docs/data-format.md}) with Jackson's streaming parser.
 *
 * <p>Every problem is reported with file, line, column and JSON pointer. A feature with an error is
 * skipped and the others load; only an unreadable file, one that is not JSON, or one that is not a
 * FeatureCollection fails as a whole, with {@link SituationReadException}. Unknown members are kept
 * as {@link org.situationmap.domain.Extras}.
 *
 * <p>Stateless and thread-safe: one instance may read several files at once.
 */
public final class SituationReader {

  /** Reads {@code file}. */
  public ReadResult read(Path file) throws SituationReadException {
    String name = file.toString();
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw ioFailure(name, "no such file", e);
    } catch (IOException e) {
      throw ioFailure(name, "cannot open the file: " + e.getMessage(), e);
    }
    try (in) {
      return read(in, name);
    } catch (IOException e) {
      throw ioFailure(name, "cannot close the file: " + e.getMessage(), e);
    }
  }

  /**
   * Reads UTF-8 JSON (a byte order mark is allowed) from {@code in}, which is not closed.
   *
   * @param displayName the file name to put in problems
   */
  public ReadResult read(InputStream in, String displayName) throws SituationReadException {
    ProblemCollector problems = new ProblemCollector(displayName);
    JsonParser parser = null;
    try {
      parser = JsonFactories.FACTORY.createParser(utf8(in));
      return new DocumentParser(new JsonCursor(parser, problems)).read();
    } catch (CharacterCodingException e) {
      throw fatal(problems, parser, location(parser), "the file is not UTF-8 text", e);
    } catch (StreamConstraintsException e) {
      throw fatal(problems, parser, location(parser), "too large: " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      String message = "not valid JSON: " + JsonMessages.plain(e.getOriginalMessage());
      JsonLocation at = e.getLocation() != null ? e.getLocation() : location(parser);
      throw fatal(problems, parser, at, message, e);
    } catch (IOException e) {
      throw ioFailure(displayName, "cannot read the file: " + e.getMessage(), e);
    } finally {
      closeQuietly(parser);
    }
  }

  private static Reader utf8(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(3);
    if (buffered.read() != 0xEF || buffered.read() != 0xBB || buffered.read() != 0xBF) {
      buffered.reset();
    }
    return new InputStreamReader(
        buffered,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static JsonLocation location(JsonParser parser) {
    return parser == null ? null : parser.currentLocation();
  }

  private static SituationReadException fatal(
      ProblemCollector problems,
      JsonParser parser,
      JsonLocation location,
      String message,
      Exception cause) {
    String pointer = parser == null ? "" : parser.getParsingContext().pathAsPointer().toString();
    return new SituationReadException(
        problems.problem(location, pointer, Severity.FATAL, message), cause);
  }

  private static SituationReadException ioFailure(String file, String message, Exception cause) {
    return new SituationReadException(
        new Problem(file, 0, 0, "", message, Severity.FATAL, null), cause);
  }

  private static void closeQuietly(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException ignored) {
        // Nothing to do: the result is already decided.
      }
    }
  }
}
