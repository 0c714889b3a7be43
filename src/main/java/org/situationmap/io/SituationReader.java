package org.situationmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a situation GeoJSON file ({@code docs/data-format.md}) with Jackson's streaming parser.
 *
 * <p>Every problem is reported with file and a {@link TextLocation}: line, column and JSON pointer.
 * A feature with an error is skipped and the others load; only an unreadable file, one that is not
 * JSON, or one that is not a FeatureCollection fails as a whole, with {@link
 * SituationReadException}. Unknown members are kept as {@link org.situationmap.domain.Extras}.
 *
 * <p>Limits ({@code docs/data-format.md}, "Limits"): files over {@link #maxFileBytes()} (default 1
 * GiB) are refused before reading; nesting depth, string, name and number lengths are capped by
 * Jackson's {@code StreamReadConstraints} ({@link JsonFactories}); running out of memory during a
 * read fails the read cleanly instead of the program.
 *
 * <p>Immutable and thread-safe: one instance may read several files at once.
 */
public final class SituationReader implements LayerReader {
  /** The default largest file the reader opens: 1 GiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 1L << 30;

  /** The message of a read that ran out of memory. */
  public static final String OUT_OF_MEMORY =
      "not enough memory to load this file; give the program more memory (-Xmx) or split the file";

  private final long maxFileBytes;

  /** A reader that refuses files over {@link #DEFAULT_MAX_FILE_BYTES}. */
  public SituationReader() {
    this(DEFAULT_MAX_FILE_BYTES);
  }

  /** A reader that refuses files (and streams) longer than {@code maxFileBytes} bytes. */
  public SituationReader(long maxFileBytes) {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive, got " + maxFileBytes);
    }
    this.maxFileBytes = maxFileBytes;
  }

  /** The largest file, in bytes, this reader opens. */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /** Reads {@code file}, without progress or cancelling. */
  public ReadResult read(Path file) throws SituationReadException {
    return read(file, ReadMonitor.NONE);
  }

  /** Whether {@code head} starts a JSON object, as a GeoJSON file does. */
  @Override
  public boolean recognizes(byte[] head, int length) {
    return ContentSniffer.startsJsonObject(head, length);
  }

  /** Reads {@code file}, telling {@code monitor} how far it got. */
  @Override
  public ReadResult read(Path file, ReadMonitor monitor) throws SituationReadException {
    String name = file.toString();
    InputStream in;
    long size;
    try {
      in = Files.newInputStream(file);
      size = Files.size(file);
      if (size > maxFileBytes) {
        in.close();
        throw ioFailure(name, tooLarge(size), null);
      }
    } catch (NoSuchFileException e) {
      throw ioFailure(name, "no such file", e);
    } catch (IOException e) {
      throw ioFailure(name, "cannot open the file: " + e.getMessage(), e);
    }
    try (in) {
      return read(new MonitoredInputStream(in, size, monitor), name);
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
      Utf8Input bytes = utf8(in, displayName);
      problems.convertColumns(bytes);
      parser = JsonFactories.SITUATION.createParser(bytes);
      return new DocumentParser(new JsonCursor(parser, problems, bytes)).read();
    } catch (Utf8Input.MalformedUtf8Exception e) {
      Problem at =
          new Problem(
              displayName,
              new TextLocation(e.line, e.column, pointer(parser)),
              "the file is not UTF-8 text: invalid bytes at byte offset " + e.byteOffset,
              Severity.FATAL,
              null);
      throw new SituationReadException(at, e);
    } catch (Utf8Input.TooLargeException e) {
      throw fatal(problems, parser, location(parser), tooLarge(-1), e);
    } catch (StreamConstraintsException e) {
      throw fatal(problems, parser, location(parser), Limits.plain(e.getOriginalMessage()), e);
    } catch (JsonProcessingException e) {
      String message = "not valid JSON: " + JsonMessages.plain(e.getOriginalMessage());
      JsonLocation at = e.getLocation() != null ? e.getLocation() : location(parser);
      throw fatal(problems, parser, at, message, e);
    } catch (IOException e) {
      throw ioFailure(displayName, "cannot read the file: " + e.getMessage(), e);
    } catch (OutOfMemoryError e) {
      // Everything allocated belongs to this read and is garbage once we leave: fail cleanly.
      problems = null;
      throw ioFailure(displayName, OUT_OF_MEMORY, null);
    } finally {
      closeQuietly(parser);
    }
  }

  private String tooLarge(long size) {
    String limit = Limits.bytes(maxFileBytes);
    return size < 0
        ? "too large: the file is larger than the limit of " + limit
        : "too large: the file is " + Limits.bytes(size) + "; the limit is " + limit;
  }

  private Utf8Input utf8(InputStream in, String displayName)
      throws IOException, SituationReadException {
    BufferedInputStream buffered = new BufferedInputStream(in, 16);
    buffered.mark(4);
    byte[] head = new byte[4];
    int n = buffered.readNBytes(head, 0, 4);
    buffered.reset();
    if (n >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      buffered.skipNBytes(3);
    } else {
      String what = ContentSniffer.explain(head, n);
      if (what != null) {
        throw new SituationReadException(
            new Problem(displayName, new TextLocation(1, 1, ""), what, Severity.FATAL, null), null);
      }
    }
    return new Utf8Input(buffered, maxFileBytes);
  }

  private static String pointer(JsonParser parser) {
    return parser == null ? "" : parser.getParsingContext().pathAsPointer().toString();
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
    return new SituationReadException(
        problems.problem(location, pointer(parser), Severity.FATAL, message), cause);
  }

  private static SituationReadException ioFailure(String file, String message, Exception cause) {
    return new SituationReadException(
        new Problem(file, ProblemLocation.WHOLE_FILE, message, Severity.FATAL, null), cause);
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
