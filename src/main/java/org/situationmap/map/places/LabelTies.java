package org.situationmap.map.places;

import java.util.Arrays;

/**
 * The markers of one view around the places to be named, for telling whether a name reads as its
 * own marker's: whether markers lie within some pixels of a segment (a side of a name, a leader
 * line). A marker counts as far as any symbol of its size reaches ({@link SymbolStyle#MAX_REACH}),
 * whatever its status, since names are placed once for all dates; those up to {@link #MARGIN}
 * pixels beyond the view count too. Kept in a grid of {@link #CELL}-pixel cells with their view
 * positions, built on first use and searched from the segment's middle outwards (in a crowded view
 * a marker in the way is found at once). One per placement; FX thread.
 */
final class LabelTies {
  /** Markers this far beyond the view's edges are taken into account. */
  static final double MARGIN = 80;

  private static final double CELL = 16;

  private final PlaceSet set;
  private final Projection p;
  private final double factor;
  private final double w;
  private final double h;
  private int cols;
  private int rows;
  private int[] start;
  private int[] places;
  private float[] xs;
  private float[] ys;
  private float[] reaches;

  LabelTies(PlaceSet set, Projection p, double factor, double w, double h) {
    this.set = set;
    this.p = p;
    this.factor = factor;
    this.w = w;
    this.h = h;
  }

  /**
   * Whether the reach of a marker other than place i's comes closer than {@code gap} pixels to the
   * segment from (x0, y0) to (x1, y1) in view pixels.
   */
  boolean othersWithin(int i, double x0, double y0, double x1, double y1, double gap) {
    if (places == null) {
      build();
    }
    double reach = gap + set.maxRadius * factor * SymbolStyle.MAX_REACH;
    int c0 = col(Math.min(x0, x1) - reach);
    int c1 = col(Math.max(x0, x1) + reach);
    int r0 = row(Math.min(y0, y1) - reach);
    int r1 = row(Math.max(y0, y1) + reach);
    int midR = (r0 + r1) / 2;
    for (int dr = 0; dr <= Math.max(midR - r0, r1 - midR); dr++) {
      if (midR - dr >= r0 && nearInRow(midR - dr, c0, c1, i, x0, y0, x1, y1, gap)) {
        return true;
      }
      if (dr > 0 && midR + dr <= r1 && nearInRow(midR + dr, c0, c1, i, x0, y0, x1, y1, gap)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #near} for the cells {@code c0..c1} of a row, from the middle outwards. */
  private boolean nearInRow(
      int r, int c0, int c1, int i, double x0, double y0, double x1, double y1, double gap) {
    int mid = (c0 + c1) / 2;
    for (int dc = 0; dc <= Math.max(mid - c0, c1 - mid); dc++) {
      if (mid - dc >= c0 && near(r * cols + mid - dc, i, x0, y0, x1, y1, gap)) {
        return true;
      }
      if (dc > 0 && mid + dc <= c1 && near(r * cols + mid + dc, i, x0, y0, x1, y1, gap)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a marker of a cell, other than place i's, comes within {@code gap} of the segment. */
  private boolean near(int cell, int i, double x0, double y0, double x1, double y1, double gap) {
    double dx = x1 - x0;
    double dy = y1 - y0;
    double length2 = dx * dx + dy * dy;
    for (int k = start[cell]; k < start[cell + 1]; k++) {
      double limit = gap + reaches[k];
      if (limit <= 0 || places[k] == i) {
        continue;
      }
      double t = length2 == 0 ? 0 : ((xs[k] - x0) * dx + (ys[k] - y0) * dy) / length2;
      t = Math.max(0, Math.min(1, t));
      double ex = xs[k] - (x0 + t * dx);
      double ey = ys[k] - (y0 + t * dy);
      if (ex * ex + ey * ey < limit * limit) {
        return true;
      }
    }
    return false;
  }

  private void build() {
    cols = (int) Math.ceil((w + 2 * MARGIN) / CELL) + 1;
    rows = (int) Math.ceil((h + 2 * MARGIN) / CELL) + 1;
    Projection around = new Projection(p.scale(), p.offsetX() + MARGIN, p.offsetY() + MARGIN);
    int[] near = set.visible(around, w + 2 * MARGIN, h + 2 * MARGIN, factor);
    int[] cellOf = new int[near.length];
    start = new int[cols * rows + 1];
    for (int k = 0; k < near.length; k++) {
      int i = near[k];
      cellOf[k] = row(p.y(set.uy[i])) * cols + col(p.x(set.ux[i]));
      start[cellOf[k] + 1]++;
    }
    for (int c = 0; c < cols * rows; c++) {
      start[c + 1] += start[c];
    }
    int[] next = Arrays.copyOf(start, cols * rows);
    places = new int[near.length];
    xs = new float[near.length];
    ys = new float[near.length];
    reaches = new float[near.length];
    for (int k = 0; k < near.length; k++) {
      int i = near[k];
      int at = next[cellOf[k]]++;
      places[at] = i;
      xs[at] = (float) p.x(set.ux[i]);
      ys[at] = (float) p.y(set.uy[i]);
      reaches[at] = (float) (set.radius[i] * factor * SymbolStyle.MAX_REACH);
    }
  }

  private int col(double x) {
    return (int) Math.max(0, Math.min(cols - 1, Math.floor((x + MARGIN) / CELL)));
  }

  private int row(double y) {
    return (int) Math.max(0, Math.min(rows - 1, Math.floor((y + MARGIN) / CELL)));
  }
}
