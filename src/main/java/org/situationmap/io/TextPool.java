package org.situationmap.io;

/**
 * One shared {@link String} per distinct short text within one read, looked up from the parser's
 * characters without making a new string first: publishers, source titles and URLs, admin regions
 * and status words repeat thousands of times. A shared string also caches its hash code, which
 * makes finding an equal source read before cheap. Bounded: once full, new texts are simply not
 * shared. Not thread-safe: one per read.
 */
final class TextPool {
  /** Longest text that is shared, in characters. */
  static final int MAX_LENGTH = 96;

  private static final int CAPACITY = 1 << 17;
  private static final int MAX_ENTRIES = CAPACITY * 3 / 4;

  private final String[] strings = new String[CAPACITY];
  private final char[][] texts = new char[CAPACITY][];
  private final int[] hashes = new int[CAPACITY];
  private int entries;

  /** The shared string with the characters {@code chars[offset, offset + length)}. */
  String of(char[] chars, int offset, int length) {
    if (length > MAX_LENGTH) {
      return new String(chars, offset, length);
    }
    int hash = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = CAPACITY - 1;
    for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      String known = strings[slot];
      if (known == null) {
        String s = new String(chars, offset, length);
        if (entries < MAX_ENTRIES) {
          strings[slot] = s;
          texts[slot] = java.util.Arrays.copyOfRange(chars, offset, offset + length);
          hashes[slot] = hash;
          entries++;
        }
        return s;
      }
      char[] text = texts[slot];
      if (hashes[slot] == hash
          && text.length == length
          && java.util.Arrays.equals(text, 0, length, chars, offset, offset + length)) {
        return known;
      }
    }
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}
