package org.situationmap.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The bytes of a file on their way to Jackson's byte parser, checked as strict UTF-8 and kept long
 * enough to turn the parser's byte columns into character columns when a problem is reported.
 *
 * <p>Jackson's parser over bytes is much faster than over characters, but counts columns in bytes.
 * The bytes from the last {@linkplain #pin pinned} position on (the start of the current feature or
 * top-level member) stay available, so a column is converted only for the rare position that is
 * reported. A malformed byte sequence is not handed on: the bytes before it are, and the next read
 * fails with {@link MalformedUtf8Exception}, placed by line and character column. It also enforces
 * a byte limit ({@link TooLargeException}). Not thread-safe.
 */
final class Utf8Input extends InputStream {
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

  private static final int CHUNK = 1 << 16;

  /**
   * How many bytes before the current one are kept at most, even within a feature: 16 MiB. In a
   * larger feature, a position near its start that is reported late gets its byte column (exact for
   * ASCII text).
   */
  static final int MAX_KEEP = 16 << 20;

  private final InputStream in;
  private final long maxBytes;
  private byte[] data = new byte[2 * CHUNK];
  private long dataStart; // file offset of data[0]
  private int filled; // bytes in data
  private int valid; // data[0, valid) is checked UTF-8
  private int handed; // data[0, handed) has been handed on
  private int bad = -1; // index in data of the first malformed byte, or -1
  private boolean eof;
  private int lineUnitsAtStart; // UTF-16 units between the last line break before dataStart and it

  private long pinOffset;
  private int pinLine = 1;
  private int pinByteColumn = 1;

  Utf8Input(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (handed == valid) {
      if (bad == handed) {
        throw malformed();
      }
      if (eof) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, valid - handed);
    System.arraycopy(data, handed, b, off, n);
    handed += n;
    return n;
  }

  /**
   * Lets the bytes before the token at {@code offset} (line {@code line}, byte column {@code
   * column}, as Jackson reports them) be dropped: no position before it will be asked for.
   */
  void pin(long offset, int line, int column) {
    if (offset >= dataStart && offset <= dataStart + filled) {
      pinOffset = offset;
      pinLine = line;
      pinByteColumn = column;
    }
  }

  /**
   * The 1-based column, in UTF-16 characters, of the byte at file offset {@code offset} whose
   * 1-based byte column is {@code byteColumn}; {@code byteColumn} itself when that byte is no
   * longer kept.
   */
  int charColumn(long offset, int byteColumn) {
    long lineStart = offset - (byteColumn - 1);
    if (offset < dataStart || offset > dataStart + filled || lineStart > offset) {
      return byteColumn;
    }
    int end = (int) (offset - dataStart);
    if (lineStart >= dataStart) {
      return Utf8Check.units(data, (int) (lineStart - dataStart), end) + 1;
    }
    return lineUnitsAtStart + Utf8Check.units(data, 0, end) + 1;
  }

  /**
   * The length in bytes, both quotes included, of the JSON string literal whose opening quote is at
   * file offset {@code offset}; -1 when those bytes are not kept.
   */
  int stringBytesAt(long offset) {
    if (offset < dataStart || offset >= dataStart + filled) {
      return -1;
    }
    int start = (int) (offset - dataStart);
    if (data[start] != '"') {
      return -1;
    }
    for (int i = start + 1; i < filled; i++) {
      if (data[i] == '\\') {
        i++;
      } else if (data[i] == '"') {
        return i - start + 1;
      }
    }
    return -1;
  }

  private MalformedUtf8Exception malformed() {
    int[] at = position(bad);
    long offset = dataStart + bad;
    return new MalformedUtf8Exception(at[0], charColumn(offset, at[1]), offset);
  }

  /** The line and byte column of data[index], counted from the pinned position. */
  private int[] position(int index) {
    int from = (int) Math.max(0, pinOffset - dataStart);
    int line = pinLine;
    int lastBreak = -1;
    for (int i = from; i < index; i++) {
      byte c = data[i];
      if (c == '\n' || c == '\r' && (i + 1 >= filled || data[i + 1] != '\n')) {
        line++;
        lastBreak = i;
      }
    }
    int column = lastBreak >= 0 ? index - lastBreak : pinByteColumn + index - from;
    return new int[] {line, column};
  }

  private void fill() throws IOException {
    int keep = (int) Math.min(handed, Math.max(0, pinOffset - dataStart));
    if (handed - keep > MAX_KEEP) {
      // A huge feature: keep a bounded tail of it, moving the pin along.
      keep = handed - MAX_KEEP;
      int[] at = position(keep);
      pinLine = at[0];
      pinByteColumn = at[1];
      pinOffset = dataStart + keep;
    }
    if (keep > 0) {
      drop(keep);
    }
    if (data.length - filled < CHUNK) {
      data = Arrays.copyOf(data, Math.max(data.length * 2, filled + CHUNK));
    }
    int n = in.read(data, filled, data.length - filled);
    if (n < 0) {
      eof = true;
      if (valid < filled) {
        bad = valid; // a sequence cut short by the end of the file
      }
      return;
    }
    filled += n;
    if (dataStart + filled > maxBytes) {
      throw new TooLargeException(maxBytes);
    }
    int end = Utf8Check.validUntil(data, valid, filled);
    if (end < 0) {
      bad = -end - 1;
      valid = bad;
    } else {
      valid = end;
    }
  }

  /** Drops data[0, count), keeping track of the characters since the last line break. */
  private void drop(int count) {
    int lastBreak = count - 1;
    while (lastBreak >= 0 && data[lastBreak] != '\n' && data[lastBreak] != '\r') {
      lastBreak--;
    }
    lineUnitsAtStart =
        lastBreak >= 0
            ? Utf8Check.units(data, lastBreak + 1, count)
            : lineUnitsAtStart + Utf8Check.units(data, 0, count);
    System.arraycopy(data, count, data, 0, filled - count);
    dataStart += count;
    filled -= count;
    valid -= count;
    handed -= count;
    if (bad >= 0) {
      bad -= count;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
