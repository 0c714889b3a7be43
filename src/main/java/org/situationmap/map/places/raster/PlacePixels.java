package org.situationmap.map.places.raster;

import java.util.Arrays;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.places.Projection;

/**
 * Where the visible places of one view fall on a raster: each one's pixel, quarter-pixel offset and
 * 2×2-pixel culling cell, by position in the visible array. Worked out once per view and kept while
 * only the date changes; {@link #cull} picks one place per cell of a status.
 */
final class PlacePixels {
  /** Culling cells are this many pixels square. */
  static final int CELL = 2;

  private final int width;
  private final int height;
  private final int cellsWide;
  private final int[] cells;
  int[] ix = new int[0];
  int[] iy = new int[0];
  int[] sub = new int[0];
  private int[] cellAt = new int[0];

  PlacePixels(int width, int height) {
    this.width = width;
    this.height = height;
    cellsWide = (width + 1) / 2;
    cells = new int[cellsWide * ((height + 1) / 2)];
    Arrays.fill(cells, -1);
  }

  /** Works out the pixel, sub-pixel offset and (when culling) cell of each visible place. */
  void locate(PlaceSet set, Projection p, int[] visible, double scale, boolean cull) {
    int n = visible.length;
    if (ix.length < n) {
      ix = new int[n];
      iy = new int[n];
      sub = new int[n];
      cellAt = new int[n];
    }
    for (int j = 0; j < n; j++) {
      int i = visible[j];
      double x = p.x(set.unitX(i)) * scale;
      double y = p.y(set.unitY(i)) * scale;
      int sx = SubPixels.snap(x);
      int sy = SubPixels.snap(y);
      ix[j] = SubPixels.pixel(sx);
      iy[j] = SubPixels.pixel(sy);
      sub[j] = SubPixels.offset(sy) * SubPixels.SUB + SubPixels.offset(sx);
      cellAt[j] = cull ? cell(x, y) : -1;
    }
  }

  /**
   * Keeps, of the places {@code byStatus[from..to)} (positions in {@code visible}, one status), the
   * one with the largest symbol in each cell (the first of equals) and every place outside the
   * raster, in order, into {@code keep}; returns how many.
   */
  int cull(PlaceSet set, int[] visible, int[] byStatus, int from, int to, int[] keep) {
    for (int k = from; k < to; k++) {
      int j = byStatus[k];
      int c = cellAt[j];
      if (c >= 0) {
        int i = visible[j];
        int best = cells[c];
        if (best < 0 || set.radius(i) > set.radius(best)) {
          cells[c] = i;
        }
      }
    }
    int kept = 0;
    for (int k = from; k < to; k++) {
      int j = byStatus[k];
      int c = cellAt[j];
      if (c < 0) {
        keep[kept++] = j;
      } else if (cells[c] == visible[j]) {
        keep[kept++] = j;
        cells[c] = -1; // every cell met has its kept place: this leaves them all empty again
      }
    }
    return kept;
  }

  /** The cell of a point, or -1 outside the raster (such places are drawn: they may reach in). */
  private int cell(double x, double y) {
    if (x < 0 || y < 0 || x >= width || y >= height) {
      return -1;
    }
    return ((int) y >> 1) * cellsWide + ((int) x >> 1);
  }
}
