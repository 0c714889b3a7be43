package org.situationmap.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The lines removed from and added to a text by a shortest edit script (Myers' algorithm, as {@code
 * diff} and {@code git diff} count them). Meant for texts that differ in a few lines.
 *
 * @param removed lines of the old text that the script removes, in order
 * @param added lines of the new text that the script adds, in order
 */
record LineDiff(List<String> removed, List<String> added) {
  static LineDiff of(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int max = n + m;
    int[] v = new int[2 * max + 2];
    List<int[]> trace = new ArrayList<>();
    for (int d = 0; d <= max; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x =
            k == -d || k != d && v[max + k - 1] < v[max + k + 1]
                ? v[max + k + 1]
                : v[max + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[max + k] = x;
        if (x >= n && y >= m) {
          return backtrack(a, b, trace, d, max);
        }
      }
    }
    throw new AssertionError("unreachable");
  }

  private static LineDiff backtrack(
      List<String> a, List<String> b, List<int[]> trace, int dEnd, int max) {
    List<String> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    int x = a.size();
    int y = b.size();
    for (int d = dEnd; d > 0; d--) {
      int[] v = trace.get(d);
      int k = x - y;
      int prevK = k == -d || k != d && v[max + k - 1] < v[max + k + 1] ? k + 1 : k - 1;
      int prevX = v[max + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        x--;
        y--;
      }
      if (x == prevX) {
        added.add(b.get(--y));
      } else {
        removed.add(a.get(--x));
      }
    }
    Collections.reverse(removed);
    Collections.reverse(added);
    return new LineDiff(removed, added);
  }
}
