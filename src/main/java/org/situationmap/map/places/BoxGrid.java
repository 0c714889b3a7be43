package org.situationmap.map.places;

import java.util.ArrayList;
import java.util.List;

/**
 * Boxes placed on a view ({minX, minY, maxX, maxY} in its pixels), found again by where they are:
 * each is kept in the {@link #CELL}-pixel cells it meets, so telling whether a new box overlaps one
 * looks only at the boxes near it. Boxes beyond the view are kept in its edge cells. FX thread.
 */
final class BoxGrid {
  private static final double CELL = 32;

  private final int cols;
  private final int rows;
  private final double margin;
  private final List<List<double[]>> cells;

  /** A grid over a w×h view and {@code margin} pixels around it. */
  BoxGrid(double w, double h, double margin) {
    this.margin = margin;
    cols = (int) Math.ceil((w + 2 * margin) / CELL) + 1;
    rows = (int) Math.ceil((h + 2 * margin) / CELL) + 1;
    cells = new ArrayList<>(cols * rows);
    for (int k = 0; k < cols * rows; k++) {
      cells.add(null);
    }
  }

  /** Keeps a box. */
  void add(double[] box) {
    for (int r = row(box[1]); r <= row(box[3]); r++) {
      for (int c = col(box[0]); c <= col(box[2]); c++) {
        List<double[]> cell = cells.get(r * cols + c);
        if (cell == null) {
          cell = new ArrayList<>(4);
          cells.set(r * cols + c, cell);
        }
        cell.add(box);
      }
    }
  }

  /** Whether a box overlaps one kept (touching edges do not overlap). */
  boolean overlaps(double[] b) {
    for (int r = row(b[1]); r <= row(b[3]); r++) {
      for (int c = col(b[0]); c <= col(b[2]); c++) {
        List<double[]> cell = cells.get(r * cols + c);
        if (cell == null) {
          continue;
        }
        for (double[] o : cell) {
          if (b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private int col(double x) {
    return (int) Math.max(0, Math.min(cols - 1, Math.floor((x + margin) / CELL)));
  }

  private int row(double y) {
    return (int) Math.max(0, Math.min(rows - 1, Math.floor((y + margin) / CELL)));
  }
}
