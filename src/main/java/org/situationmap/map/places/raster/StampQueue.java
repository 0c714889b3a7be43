package org.situationmap.map.places.raster;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * The stamps of one frame in painting order, and their painting into an {@link ArgbRaster}: all of
 * it, or only its dirty tiles ({@link DirtyTiles}). A stamp is a sprite, blended source-over, or a
 * {@link CoverageMask} of a status's fills or outlines, gathered into {@link CoveragePlanes} until
 * a composite paints them in the status's inks. With many stamps ({@link
 * RasterLimits#parallelAbove}) the top and bottom halves are painted at once on two threads; each
 * pixel is still painted by one thread, in order, so the pixels do not depend on the split.
 */
final class StampQueue {
  private static final byte SPRITE = 0;
  private static final byte MASK = 1;
  private static final byte COMPOSITE = 2;

  private byte[] kind = new byte[0];
  // a Sprite, a CoverageMask, or for a composite the fill and outline inks (int[2][])
  private Object[] what = new Object[0];
  private int[] at = new int[0];
  private int size;
  private boolean masks;
  private CoveragePlanes planes; // made when masks are first queued
  private final int parallelAbove;

  /** A queue painting on two threads above {@code parallelAbove} stamps. */
  StampQueue(int parallelAbove) {
    this.parallelAbove = parallelAbove;
  }

  /** Empties the queue. */
  void clear() {
    Arrays.fill(what, 0, size, null);
    size = 0;
    masks = false;
  }

  /** Number of stamps queued (composites included). */
  int size() {
    return size;
  }

  /** Queues {@code s} with its centre pixel at (ix, iy). */
  void add(Sprite s, int ix, int iy) {
    put(SPRITE, s, ix, iy);
  }

  /** Queues a symbol's mask (fill and outline), centre pixel at (ix, iy). */
  void add(CoverageMask m, int ix, int iy) {
    put(MASK, m, ix, iy);
    masks = true;
  }

  /**
   * Queues the composite of the masks queued since the last one: their fills in {@code fillInk},
   * then their outlines in {@code outlineInk} (premultiplied ARGB by coverage, {@link
   * CoveragePlanes#ink}).
   */
  void addComposite(int[] fillInk, int[] outlineInk) {
    put(COMPOSITE, new int[][] {fillInk, outlineInk}, 0, 0);
  }

  private void put(byte k, Object o, int ix, int iy) {
    if (size == what.length) {
      int n = Math.max(1024, 2 * size);
      kind = Arrays.copyOf(kind, n);
      what = Arrays.copyOf(what, n);
      at = Arrays.copyOf(at, 2 * n);
    }
    kind[size] = k;
    what[size] = o;
    at[2 * size] = ix;
    at[2 * size + 1] = iy;
    size++;
  }

  /**
   * Clears the dirty tiles of {@code raster} and paints the queue into them: all of it in a top and
   * a bottom half, or the dirty tiles in rows of even and odd tiles (changes cluster, so halves
   * would leave one thread idle).
   */
  void paint(ArgbRaster raster, DirtyTiles tiles) {
    int h = raster.height;
    if (masks && (planes == null || !planes.isFor(raster.width, h))) {
      planes = new CoveragePlanes(raster.width, h);
    }
    boolean two = size >= parallelAbove && Runtime.getRuntime().availableProcessors() > 1;
    boolean painted = false;
    try {
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
      painted = true;
    } finally {
      if (!painted) {
        planes = null; // they may hold coverage never composited: the next frame starts clean
      }
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

  private void paintRows(ArgbRaster raster, int top, int bottom) {
    int w = raster.width;
    Arrays.fill(raster.pixels, top * w, bottom * w, 0);
    for (int k = 0; k < size; k++) {
      int x = at[2 * k];
      int y = at[2 * k + 1];
      switch (kind[k]) {
        case SPRITE -> raster.stamp((Sprite) what[k], x, y, 0, top, w, bottom);
        case MASK -> planes.stamp((CoverageMask) what[k], x, y, top, bottom, 0, planes.longs);
        default -> {
          int[][] ink = (int[][]) what[k];
          planes.composite(raster.pixels, top, bottom, ink[0], ink[1]);
        }
      }
    }
  }

  /** Paints the dirty tiles in the tile rows {@code first, first + step, ...}. */
  private void paintTiles(ArgbRaster raster, DirtyTiles tiles, int first, int step) {
    tiles.clear(raster, first, step);
    int w = raster.width;
    int h = raster.height;
    int shift = DirtyTiles.SHIFT;
    int tile = 1 << shift;
    for (int k = 0; k < size; k++) {
      if (kind[k] == COMPOSITE) {
        int[][] ink = (int[][]) what[k];
        for (int ty = first; ty << shift < h; ty += step) {
          int top = ty << shift;
          planes.composite(raster.pixels, top, Math.min(h, top + tile), ink[0], ink[1]);
        }
        continue;
      }
      int cx;
      int cy;
      int sw;
      int sh;
      if (kind[k] == SPRITE) {
        Sprite s = (Sprite) what[k];
        cx = s.cx();
        cy = s.cy();
        sw = s.w();
        sh = s.h();
      } else {
        CoverageMask m = (CoverageMask) what[k];
        cx = m.cx;
        cy = m.cy;
        sw = m.w;
        sh = m.h;
      }
      int left = at[2 * k] - cx;
      int top = at[2 * k + 1] - cy;
      int x0 = Math.max(0, left);
      int y0 = Math.max(0, top);
      int x1 = Math.min(w, left + sw);
      int y1 = Math.min(h, top + sh);
      if (x0 >= x1 || y0 >= y1) {
        continue;
      }
      int ty0 = y0 >> shift;
      ty0 += Math.floorMod(first - ty0, step);
      for (int ty = ty0; ty <= (y1 - 1) >> shift; ty += step) {
        for (int tx = x0 >> shift; tx <= (x1 - 1) >> shift; tx++) {
          if (tiles.dirty(tx, ty)) {
            stampInTile(raster, k, tx, ty);
          }
        }
      }
    }
  }

  /** Stamps entry k clipped to tile (tx, ty). */
  private void stampInTile(ArgbRaster raster, int k, int tx, int ty) {
    int shift = DirtyTiles.SHIFT;
    int top = ty << shift;
    int bottom = Math.min(raster.height, (ty + 1) << shift);
    if (kind[k] == SPRITE) {
      raster.stamp(
          (Sprite) what[k],
          at[2 * k],
          at[2 * k + 1],
          tx << shift,
          top,
          Math.min(raster.width, (tx + 1) << shift),
          bottom);
    } else {
      // tiles are whole longs of the planes (8 pixels each)
      int perTile = 1 << (shift - 3);
      planes.stamp(
          (CoverageMask) what[k],
          at[2 * k],
          at[2 * k + 1],
          top,
          bottom,
          tx * perTile,
          (tx + 1) * perTile);
    }
  }
}
