package org.situationmap.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 well-formedness (Unicode, table 3-7: no overlong forms, no surrogates, nothing past
 * U+10FFFF), the same bytes Java's own decoder rejects, checked eight ASCII bytes at a time.
 */
final class Utf8Check {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8Check() {}

  /**
   * Checks {@code b[from, to)}, which starts at a character boundary. Returns the end of the last
   * complete character when all is well formed (a character cut short by {@code to} is left for the
   * next call), or {@code -(i + 1)} where {@code i} is the first byte of the first ill-formed
   * sequence.
   */
  static int validUntil(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      if (asciiWord(b, i, to)) {
        i += 8;
        continue;
      }
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int need;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF;
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;
      } else {
        return -(i + 1);
      }
      for (int k = 1; k <= need; k++) {
        if (i + k >= to) {
          return i; // cut short: wait for more bytes
        }
        int d = b[i + k] & 0xFF;
        if (k == 1 ? d < lo || d > hi : d < 0x80 || d > 0xBF) {
          return -(i + 1);
        }
      }
      i += need + 1;
    }
    return to;
  }

  /** Whether the eight bytes at {@code i} are all before {@code to} and all ASCII. */
  private static boolean asciiWord(byte[] b, int i, int to) {
    return i + 8 <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0;
  }

  /** UTF-16 units encoded by the well-formed UTF-8 bytes {@code b[from, to)}. */
  static int units(byte[] b, int from, int to) {
    int units = 0;
    int i = from;
    while (i < to) {
      if (asciiWord(b, i, to)) {
        units += 8;
        i += 8;
        continue;
      }
      int c = b[i++] & 0xFF;
      if (c < 0x80 || c >= 0xC0) {
        units += c >= 0xF0 ? 2 : 1;
      }
    }
    return units;
  }
}
