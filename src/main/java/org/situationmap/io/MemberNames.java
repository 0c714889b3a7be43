package org.situationmap.io;

import java.util.HashSet;
import java.util.Set;

/**
 * The member names seen so far in each open object, one slot per nesting depth, to find a duplicate
 * member the way Jackson's {@code STRICT_DUPLICATE_DETECTION} does but without a new set per
 * object: an object's names are kept in a small reused array (searched linearly; the format's
 * objects have at most eight members) and only an object with many members gets a set. Not
 * thread-safe: one per read.
 */
final class MemberNames {
  private static final int SMALL = 12;

  private final String[][] names;
  private final int[] counts;
  private final Set<String>[] large;

  @SuppressWarnings("unchecked")
  MemberNames(int maxDepth) {
    names = new String[maxDepth + 2][];
    counts = new int[maxDepth + 2];
    large = new Set[maxDepth + 2];
  }

  /**
   * Records {@code name} as member number {@code index} (0 for the first) of the object open at
   * {@code depth}; returns true when that object already has a member of that name.
   */
  boolean seen(int depth, int index, String name) {
    if (index == 0) {
      counts[depth] = 0;
      large[depth] = null;
    }
    Set<String> set = large[depth];
    if (set != null) {
      return !set.add(name);
    }
    String[] known = names[depth];
    if (known == null) {
      known = new String[SMALL];
      names[depth] = known;
    }
    int n = counts[depth];
    for (int i = 0; i < n; i++) {
      if (known[i].equals(name)) {
        return true;
      }
    }
    if (n == SMALL) {
      set = new HashSet<>();
      for (String k : known) {
        set.add(k);
      }
      set.add(name);
      large[depth] = set;
      return false;
    }
    known[n] = name;
    counts[depth] = n + 1;
    return false;
  }
}
