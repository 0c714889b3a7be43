package org.situationmap.map.places;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * The sprite stamps of one frame in painting order, and their painting into a {@link MarkerRaster}:
 * all of it, or only its dirty tiles ({@link DirtyTiles}). With many stamps the top and bottom
 * halves are painted at once on two threads; each pixel is still painted by one thread, stamp by
 * stamp in order, so the pixels do not depend on the split.
 */
final class StampQueue {
  /** Above this many stamps a frame is painted on two threads. */
  static final int PARALLEL_ABOVE = 2000;

  /** {@link #PARALLEL_ABOVE}, changeable by tests. */
  static int parallelAbove = PARALLEL_ABOVE;

  private MarkerRaster.Sprite[] sprites = new MarkerRaster.Sprite[0];
  private int[] at = new int[0];
  private int size;
  private int reach;

  /** Empties the queue. */
  void clear() {
    size = 0;
    reach = 0;
  }

  /** Number of stamps queued. */
  int size() {
    return size;
  }

  /** The farthest any queued sprite reaches from its centre pixel, in pixels. */
  int reach() {
    return reach;
  }

  /** Queues {@code s} with its centre pixel at (ix, iy). */
  void add(MarkerRaster.Sprite s, int ix, int iy) {
    if (size == sprites.length) {
      int n = Math.max(1024, 2 * size);
      sprites = Arrays.copyOf(sprites, n);
      at = Arrays.copyOf(at, 2 * n);
    }
    sprites[size] = s;
    at[2 * size] = ix;
    at[2 * size + 1] = iy;
    size++;
    reach =
        Math.max(
            reach, Math.max(Math.max(s.cx(), s.w() - s.cx()), Math.max(s.cy(), s.h() - s.cy())));
  }

  /** Queues the sprite of {@code a} then {@code b} (may be null) centred at (x, y) in pixels. */
  void add(MarkerRaster.Layer a, MarkerRaster.Layer b, double x, double y) {
    int sx = MarkerRaster.snap(x);
    int sy = MarkerRaster.snap(y);
    int fx = MarkerRaster.offset(sx);
    int fy = MarkerRaster.offset(sy);
    int ix = MarkerRaster.pixel(sx);
    int iy = MarkerRaster.pixel(sy);
    add(MarkerRaster.sprite(a, b, fx, fy), ix, iy);
  }

  /**
   * Clears the dirty tiles of {@code raster} and paints the queue into them: all of it in a top and
   * a bottom half, or the dirty tiles in rows of even and odd tiles (changes cluster, so halves
   * would leave one thread idle).
   */
  void paint(MarkerRaster raster, DirtyTiles tiles) {
    int h = raster.height;
    boolean two = size >= parallelAbove && Runtime.getRuntime().availableProcessors() > 1;
    if (tiles.all() && two) {
      int middle = h / 2;
      both(() -> paintRows(raster, 0, middle), () -> paintRows(raster, middle, h));
    } else if (tiles.all()) {
      paintRows(raster, 0, h);
    } else if (two) {
      both(() -> paintTiles(raster, tiles, 0, 2), () -> paintTiles(raster, tiles, 1, 2));
    } else {
      paintTiles(raster, tiles, 0, 1);
    }
  }

  /** Runs {@code first} on the common pool and {@code second} here; returns when both are done. */
  private static void both(Runnable first, Runnable second) {
    ForkJoinTask<?> other = ForkJoinPool.commonPool().submit(first);
    try {
      second.run();
    } finally {
      other.quietlyJoin(); // never leave the other part still writing
    }
    other.join(); // its failure, if any
  }

  private void paintRows(MarkerRaster raster, int top, int bottom) {
    int w = raster.width;
    Arrays.fill(raster.pixels, top * w, bottom * w, 0);
    for (int k = 0; k < size; k++) {
      raster.stamp(sprites[k], at[2 * k], at[2 * k + 1], 0, top, w, bottom);
    }
  }

  /** Paints the dirty tiles in the tile rows {@code first, first + step, ...}. */
  private void paintTiles(MarkerRaster raster, DirtyTiles tiles, int first, int step) {
    tiles.clear(raster, first, step);
    int w = raster.width;
    int h = raster.height;
    int shift = DirtyTiles.SHIFT;
    int tile = 1 << shift;
    for (int k = 0; k < size; k++) {
      MarkerRaster.Sprite s = sprites[k];
      int left = at[2 * k] - s.cx();
      int top = at[2 * k + 1] - s.cy();
      int x0 = Math.max(0, left);
      int y0 = Math.max(0, top);
      int x1 = Math.min(w, left + s.w());
      int y1 = Math.min(h, top + s.h());
      if (x0 >= x1 || y0 >= y1) {
        continue;
      }
      int ty0 = y0 >> shift;
      ty0 += Math.floorMod(first - ty0, step);
      for (int ty = ty0; ty <= (y1 - 1) >> shift; ty += step) {
        for (int tx = x0 >> shift; tx <= (x1 - 1) >> shift; tx++) {
          if (tiles.dirty(tx, ty)) {
            raster.stamp(
                s,
                at[2 * k],
                at[2 * k + 1],
                tx * tile,
                ty * tile,
                Math.min(w, (tx + 1) * tile),
                Math.min(h, (ty + 1) * tile));
          }
        }
      }
    }
  }
}
