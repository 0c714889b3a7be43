package org.situationmap.map.places.raster;

import java.util.Arrays;
import javafx.geometry.Rectangle2D;

/**
 * Which 32×32-pixel tiles of a raster must be painted again: all of them for a new view, or only
 * those near the places whose symbol changed when the same view is drawn for another date.
 */
final class DirtyTiles {
  /** Tiles are {@code 1 << SHIFT} pixels square. */
  static final int SHIFT = 5;

  private final int width;
  private final int height;
  private final int cols;
  private final int rows;
  private final boolean[] dirty;
  private final boolean[] near;
  private int count;

  DirtyTiles(int width, int height) {
    this.width = width;
    this.height = height;
    cols = (width + (1 << SHIFT) - 1) >> SHIFT;
    rows = (height + (1 << SHIFT) - 1) >> SHIFT;
    dirty = new boolean[cols * rows];
    near = new boolean[cols * rows];
  }

  /** Marks every tile. */
  void markAll() {
    Arrays.fill(dirty, true);
    count = dirty.length;
  }

  /** Marks no tile. */
  void markNone() {
    Arrays.fill(dirty, false);
    count = 0;
  }

  /** Marks the tiles that meet the pixels {@code [x0, x1) × [y0, y1)} (clipped to the raster). */
  void mark(int x0, int y0, int x1, int y1) {
    x0 = Math.max(0, x0);
    y0 = Math.max(0, y0);
    x1 = Math.min(width, x1);
    y1 = Math.min(height, y1);
    if (x0 >= x1 || y0 >= y1) {
      return;
    }
    for (int ty = y0 >> SHIFT; ty <= (y1 - 1) >> SHIFT; ty++) {
      for (int tx = x0 >> SHIFT; tx <= (x1 - 1) >> SHIFT; tx++) {
        int t = ty * cols + tx;
        if (!dirty[t]) {
          dirty[t] = true;
          count++;
        }
      }
    }
  }

  /**
   * Works out which tiles lie within {@code reach} pixels of a marked tile (see {@link #near}): a
   * square of that reach around a pixel of such a tile may meet a marked one, around a pixel of any
   * other tile it cannot.
   */
  void findNear(int reach) {
    int k = (reach + (1 << SHIFT) - 1) >> SHIFT;
    Arrays.fill(near, false);
    for (int ty = 0; ty < rows; ty++) {
      for (int tx = 0; tx < cols; tx++) {
        if (dirty[ty * cols + tx]) {
          for (int y = Math.max(0, ty - k); y <= Math.min(rows - 1, ty + k); y++) {
            Arrays.fill(
                near, y * cols + Math.max(0, tx - k), y * cols + Math.min(cols, tx + k + 1), true);
          }
        }
      }
    }
  }

  /**
   * Whether the tile of pixel (x, y), or the nearest tile for a pixel outside the raster, is near a
   * marked tile (as of the last {@link #findNear}).
   */
  boolean near(int x, int y) {
    int tx = Math.min(cols - 1, Math.max(0, x >> SHIFT));
    int ty = Math.min(rows - 1, Math.max(0, y >> SHIFT));
    return near[ty * cols + tx];
  }

  /** Whether a marked tile meets the pixels {@code [x0, x1) × [y0, y1)}. */
  boolean meets(int x0, int y0, int x1, int y1) {
    int tx0 = Math.max(0, x0) >> SHIFT;
    int ty0 = Math.max(0, y0) >> SHIFT;
    int tx1 = (Math.min(width, x1) - 1) >> SHIFT;
    int ty1 = (Math.min(height, y1) - 1) >> SHIFT;
    for (int ty = ty0; ty <= ty1; ty++) {
      for (int tx = tx0; tx <= tx1; tx++) {
        if (dirty[ty * cols + tx]) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether tile (tx, ty) is marked. */
  boolean dirty(int tx, int ty) {
    return dirty[ty * cols + tx];
  }

  /** Whether every tile is marked. */
  boolean all() {
    return count == dirty.length;
  }

  /** The share of tiles marked, 0 to 1. */
  double share() {
    return count / (double) dirty.length;
  }

  /**
   * Makes the pixels of the marked tiles in the tile rows {@code first, first + step, ...}
   * transparent.
   */
  void clear(ArgbRaster raster, int first, int step) {
    for (int ty = first; ty < rows; ty += step) {
      int y0 = ty << SHIFT;
      int y1 = Math.min(height, y0 + (1 << SHIFT));
      for (int tx = 0; tx < cols; tx++) {
        if (dirty[ty * cols + tx]) {
          int x0 = tx << SHIFT;
          int x1 = Math.min(width, x0 + (1 << SHIFT));
          for (int y = y0; y < y1; y++) {
            Arrays.fill(raster.pixels, y * width + x0, y * width + x1, 0);
          }
        }
      }
    }
  }

  /** The bounds of the marked tiles in pixels (empty when none is marked). */
  Rectangle2D bounds() {
    int minX = cols;
    int minY = rows;
    int maxX = -1;
    int maxY = -1;
    for (int ty = 0; ty < rows; ty++) {
      for (int tx = 0; tx < cols; tx++) {
        if (dirty[ty * cols + tx]) {
          minX = Math.min(minX, tx);
          maxX = Math.max(maxX, tx);
          minY = Math.min(minY, ty);
          maxY = Math.max(maxY, ty);
        }
      }
    }
    if (maxX < 0) {
      return Rectangle2D.EMPTY;
    }
    int x0 = minX << SHIFT;
    int y0 = minY << SHIFT;
    return new Rectangle2D(
        x0,
        y0,
        Math.min(width, (maxX + 1) << SHIFT) - x0,
        Math.min(height, (maxY + 1) << SHIFT) - y0);
  }
}
