package org.situationmap.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * All control entries of all places as one list sorted by day, with the status before and after
 * each: moving from one date to another applies only the changes in between (the incremental sweep
 * used while scrubbing and playing). Immutable after construction and therefore thread-safe.
 */
final class ChangeEvents {
  private final int[] days;
  private final int[] places;
  private final byte[] before;
  private final byte[] after;
  private final int[] entries; // index of the entry in the index's flat entry arrays
  private final byte unknown;

  /**
   * @param offsets entries of place i are [offsets[i], offsets[i + 1])
   * @param entryDays entry days, ascending per place
   * @param entryStatuses entry status ordinals
   * @param unknown the ordinal of the unknown status
   */
  ChangeEvents(int[] offsets, int[] entryDays, byte[] entryStatuses, byte unknown) {
    int total = entryDays.length;
    int[] placeOf = new int[total];
    for (int i = 0; i + 1 < offsets.length; i++) {
      Arrays.fill(placeOf, offsets[i], offsets[i + 1], i);
    }
    // Sort (day, entry) pairs packed into longs: primitive sort, no boxing.
    long[] keys = new long[total];
    for (int k = 0; k < total; k++) {
      keys[k] = ((long) entryDays[k] << 32) | k;
    }
    Arrays.sort(keys);
    days = new int[total];
    places = new int[total];
    before = new byte[total];
    after = new byte[total];
    entries = new int[total];
    this.unknown = unknown;
    for (int e = 0; e < total; e++) {
      int k = (int) keys[e];
      int place = placeOf[k];
      days[e] = entryDays[k];
      places[e] = place;
      after[e] = entryStatuses[k];
      entries[e] = k;
      before[e] = k > offsets[place] ? entryStatuses[k - 1] : unknown;
    }
  }

  private ChangeEvents(
      int[] days, int[] places, byte[] before, byte[] after, int[] entries, byte unknown) {
    this.days = days;
    this.places = places;
    this.before = before;
    this.after = after;
    this.entries = entries;
    this.unknown = unknown;
  }

  /**
   * These events with the entries of one place replaced, without sorting: one merge in time
   * proportional to the number of events.
   *
   * @param place the place whose entries change (the place count, to add a place)
   * @param start the index of its first entry in the flat entry arrays
   * @param oldCount how many entries it had
   * @param newDays its new entry days, ascending
   * @param newStatuses its new entry status ordinals
   */
  ChangeEvents replace(int place, int start, int oldCount, int[] newDays, byte[] newStatuses) {
    int delta = newDays.length - oldCount;
    int total = days.length + delta;
    int[] d = new int[total];
    int[] p = new int[total];
    byte[] b = new byte[total];
    byte[] a = new byte[total];
    int[] k = new int[total];
    int out = 0;
    int j = 0;
    for (int e = 0; e <= days.length; e++) {
      // Before old event e, the new entries that sort before it by (day, place).
      while (j < newDays.length
          && (e == days.length
              || newDays[j] < days[e]
              || newDays[j] == days[e] && place < places[e])) {
        d[out] = newDays[j];
        p[out] = place;
        b[out] = j > 0 ? newStatuses[j - 1] : unknown;
        a[out] = newStatuses[j];
        k[out++] = start + j;
        j++;
      }
      if (e == days.length || places[e] == place) {
        continue;
      }
      d[out] = days[e];
      p[out] = places[e];
      b[out] = before[e];
      a[out] = after[e];
      k[out++] = entries[e] >= start + oldCount ? entries[e] + delta : entries[e];
    }
    return new ChangeEvents(d, p, b, a, k, unknown);
  }

  /** The distinct days on which entries take effect, ascending. */
  int[] distinctDays() {
    int[] out = new int[days.length];
    int n = 0;
    for (int e = 0; e < days.length; e++) {
      if (n == 0 || out[n - 1] != days[e]) {
        out[n++] = days[e];
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** How many entries fall in (min(a, b), max(a, b)]. */
  int countBetween(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return Days.upperBound(days, 0, days.length, hi) - Days.upperBound(days, 0, days.length, lo);
  }

  /** Turns the statuses at day {@code from} into those at day {@code to}, in place. */
  void move(int from, int to, byte[] statuses) {
    if (to > from) {
      int end = Days.upperBound(days, 0, days.length, to);
      for (int e = Days.upperBound(days, 0, days.length, from); e < end; e++) {
        statuses[places[e]] = after[e];
      }
    } else if (to < from) {
      int start = Days.upperBound(days, 0, days.length, to);
      for (int e = Days.upperBound(days, 0, days.length, from) - 1; e >= start; e--) {
        statuses[places[e]] = before[e];
      }
    }
  }

  /**
   * The entries in [fromDay, toDay], by day, then place index: for each, {@code {place, entry,
   * before}}, where entry is its index in the index's flat entry arrays and before the ordinal of
   * the status before it.
   */
  List<int[]> between(int fromDay, int toDay) {
    int end = Days.upperBound(days, 0, days.length, toDay);
    List<int[]> out = new ArrayList<>();
    for (int e = Days.lowerBound(days, 0, days.length, fromDay); e < end; e++) {
      out.add(new int[] {places[e], entries[e], before[e]});
    }
    return out;
  }

  /**
   * Sets the bit of every place whose status changes in [fromDay, toDay]: an entry that is not the
   * place's first and sets another status than the one before it.
   */
  void placesBetween(int fromDay, int toDay, BitSet out) {
    int end = Days.upperBound(days, 0, days.length, toDay);
    for (int e = Days.lowerBound(days, 0, days.length, fromDay); e < end; e++) {
      if (before[e] != unknown && before[e] != after[e]) {
        out.set(places[e]);
      }
    }
  }
}
