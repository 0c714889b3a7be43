package org.situationmap.io;

import java.time.LocalDate;
import java.util.Arrays;
import org.situationmap.domain.Source;

/**
 * The sources already built in one read, found again from the characters of a source being read
 * without making its strings first: a report is usually cited by many entries, so most sources are
 * found here with one lookup instead of one per member. The parts (publisher, title, URL) of the
 * source being read are gathered with {@link #begin} and {@link #part}; {@link #find} looks them up
 * with the date; {@link #remember} keeps a new source. Bounded: once full, new sources are simply
 * not kept. Not thread-safe: one per read.
 */
final class SourceTable {
  static final int PUBLISHER = 0;
  static final int TITLE = 1;
  static final int URL = 2;

  private static final int MAX_ENTRIES = 1 << 17;
  private static final int MAX_KEY_CHARS = 512;

  private char[] scratch = new char[256];
  private int used;
  private final int[] starts = new int[3];
  private final int[] lengths = new int[3];

  private int[] hashes = new int[1 << 12];
  private Entry[] entries = new Entry[1 << 12];
  private int size;

  private record Entry(
      char[] key, int publisher, int title, int url, LocalDate date, Source source) {}

  /** Starts gathering the parts of a new source; every part is absent until given. */
  void begin() {
    used = 0;
    Arrays.fill(lengths, -1);
  }

  /** Gives part {@code which} ({@link #PUBLISHER}, {@link #TITLE}, {@link #URL}). */
  void part(int which, char[] chars, int offset, int length) {
    if (used + length > scratch.length) {
      scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, used + length));
    }
    System.arraycopy(chars, offset, scratch, used, length);
    starts[which] = used;
    lengths[which] = length;
    used += length;
  }

  /** Part {@code which} as a shared string from {@code pool}, or null when absent. */
  String text(int which, TextPool pool) {
    return lengths[which] < 0 ? null : pool.of(scratch, starts[which], lengths[which]);
  }

  /** Whether part {@code which} is given and has only white space (like {@link String#isBlank}). */
  boolean isBlank(int which) {
    if (lengths[which] < 0) {
      return false;
    }
    for (int i = starts[which], end = i + lengths[which]; i < end; i++) {
      if (!Character.isWhitespace(scratch[i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether the parts gathered can be looked up: short enough to be worth keeping. */
  boolean usable() {
    return used <= MAX_KEY_CHARS;
  }

  /** The source remembered with the parts gathered and {@code date}, or null. */
  Source find(LocalDate date) {
    int hash = hash(date);
    int mask = hashes.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      Entry entry = entries[slot];
      if (entry == null) {
        return null;
      }
      if (hashes[slot] == hash && matches(entry, date)) {
        return entry.source;
      }
    }
  }

  /** Remembers {@code source} as built from the parts gathered and {@code date}. */
  void remember(LocalDate date, Source source) {
    if (size >= MAX_ENTRIES) {
      return;
    }
    if ((size + 1) * 4 > hashes.length * 3) {
      grow();
    }
    Entry entry =
        new Entry(Arrays.copyOf(scratch, used), lengths[0], lengths[1], lengths[2], date, source);
    insert(hash(date), entry);
    size++;
  }

  private boolean matches(Entry entry, LocalDate date) {
    return entry.date == date
        && entry.publisher == lengths[0]
        && entry.title == lengths[1]
        && entry.url == lengths[2]
        && entry.key.length == used
        && Arrays.equals(entry.key, 0, used, scratch, 0, used);
  }

  private int hash(LocalDate date) {
    int h = date.hashCode();
    for (int i = 0; i < 3; i++) {
      h = 31 * h + lengths[i];
    }
    // Four characters per step, their products independent of each other: h * 31^4 + ...
    int i = 0;
    for (; i + 4 <= used; i += 4) {
      h =
          923521 * h
              + 29791 * scratch[i]
              + 961 * scratch[i + 1]
              + 31 * scratch[i + 2]
              + scratch[i + 3];
    }
    for (; i < used; i++) {
      h = 31 * h + scratch[i];
    }
    return h ^ (h >>> 16);
  }

  private void insert(int hash, Entry entry) {
    int mask = hashes.length - 1;
    int slot = hash & mask;
    while (entries[slot] != null) {
      slot = (slot + 1) & mask;
    }
    hashes[slot] = hash;
    entries[slot] = entry;
  }

  private void grow() {
    int[] oldHashes = hashes;
    Entry[] oldEntries = entries;
    hashes = new int[oldHashes.length * 2];
    entries = new Entry[oldEntries.length * 2];
    for (int i = 0; i < oldEntries.length; i++) {
      if (oldEntries[i] != null) {
        insert(oldHashes[i], oldEntries[i]);
      }
    }
  }
}
