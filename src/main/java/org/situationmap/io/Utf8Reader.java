package org.situationmap.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding that knows where it is: a malformed byte sequence fails with {@link
 * MalformedUtf8Exception} carrying the line and column (1-based, in characters, as Jackson counts
 * them) and the byte offset of the first bad byte. It also enforces a byte limit. Not thread-safe.
 */
final class Utf8Reader extends Reader {
  /** Thrown for bytes that are not UTF-8, with their position. */
  static final class MalformedUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;
    final long byteOffset;

    MalformedUtf8Exception(int line, int column, long byteOffset) {
      super("malformed UTF-8 at byte " + byteOffset);
      this.line = line;
      this.column = column;
      this.byteOffset = byteOffset;
    }
  }

  /** Thrown when more than the allowed number of bytes is read. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;

    TooLargeException(long limit) {
      super("more than " + limit + " bytes");
      this.limit = limit;
    }
  }

  private final InputStream in;
  private final long maxBytes;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private long bytesBefore; // bytes consumed before the current buffer contents
  private boolean eof;
  private int line = 1;
  private int column = 1;
  private final char[] recent = new char[RECENT];
  private long charsRead;

  /** How many of the last characters read are kept for {@link #stringLengthAt}. */
  static final int RECENT = 1 << 14;

  Utf8Reader(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off) {
      CoderResult result = decoder.decode(bytes, out, eof);
      if (result.isError()) {
        count(cbuf, off, out.position());
        throw new MalformedUtf8Exception(line, column, bytesBefore + bytes.position());
      }
      if (result.isUnderflow()) {
        if (eof) {
          decoder.flush(out);
          break;
        }
        fill();
      }
    }
    int n = out.position() - off;
    count(cbuf, off, out.position());
    keep(cbuf, off, n);
    return n == 0 ? -1 : n;
  }

  private void fill() throws IOException {
    bytesBefore += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
    if (bytesBefore + bytes.limit() > maxBytes) {
      throw new TooLargeException(maxBytes);
    }
  }

  private void count(char[] cbuf, int from, int to) {
    int lastNewline = -1;
    int lines = 0;
    for (int i = from; i < to; i++) {
      if (cbuf[i] == '\n') {
        lines++;
        lastNewline = i;
      }
    }
    if (lastNewline < 0) {
      column += to - from;
    } else {
      line += lines;
      column = to - lastNewline;
    }
  }

  private void keep(char[] cbuf, int off, int n) {
    int from = n > RECENT ? off + n - RECENT : off;
    long at = charsRead + (from - off);
    for (int i = from; i < off + n; ) {
      int slot = (int) (at % RECENT);
      int chunk = Math.min(off + n - i, RECENT - slot);
      System.arraycopy(cbuf, i, recent, slot, chunk);
      i += chunk;
      at += chunk;
    }
    charsRead += n;
  }

  /**
   * The length in characters, both quotes included, of the JSON string literal that starts with its
   * opening quote at character offset {@code offset}; -1 when those characters are no longer (or
   * not yet) kept.
   */
  int stringLengthAt(long offset) {
    if (offset < charsRead - RECENT || offset < 0 || offset >= charsRead || at(offset) != '"') {
      return -1;
    }
    for (long i = offset + 1; i < charsRead; i++) {
      char c = at(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return (int) (i - offset + 1);
      }
    }
    return -1;
  }

  private char at(long offset) {
    return recent[(int) (offset % RECENT)];
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
