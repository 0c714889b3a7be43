package org.situationmap.map.places.raster;

/**
 * Two coverage planes over a raster, for the fills and for the outlines of one status's symbols:
 * {@link CoverageMask}s are stamped in by adding their coverage, capped at full, and the planes are
 * then {@link #composite composited} onto the raster, fills then outlines, each in one colour — as
 * the path drawing fills all symbols of a status as one path and then strokes it. Where shapes meet
 * in a pixel without overlapping (thin outlines crossing, edges side by side) the sum is the
 * coverage of their union, as the path gives it; where they overlap it is more, but only at the
 * edges (an inside pixel is full either way). A sum does not depend on the order of the stamps, so
 * a pixel's result depends only on which masks reach it.
 *
 * <p>A plane holds eight pixels to a {@code long}, one byte each (coverage 0 to 64, so a sum of two
 * fits in a byte and eight are added at once, {@link #add8}). Rows of different threads never share
 * a {@code long}; each row remembers which of its {@code long}s were stamped.
 */
final class CoveragePlanes {
  /** Eight pixels wholly covered. */
  private static final long FULLS = 0x4040404040404040L;

  private final int width;
  private final int height;

  /** {@code long}s per row. */
  final int longs;

  private final long[][] planes;
  // per row, a bit for each block of 1 << blockShift longs that was stamped
  private final long[] touched;
  private final int blockShift;

  CoveragePlanes(int width, int height) {
    this.width = width;
    this.height = height;
    longs = (width + 7) >> 3;
    planes = new long[][] {new long[longs * height], new long[longs * height]};
    touched = new long[height];
    int shift = 0;
    while ((longs - 1) >> shift >= 64) {
      shift++;
    }
    blockShift = shift;
  }

  /** Whether these planes are for a raster of {@code w×h}. */
  boolean isFor(int w, int h) {
    return width == w && height == h;
  }

  /**
   * Adds {@code m}'s fill and outline, centre pixel at (ix, iy), into the planes, within rows
   * {@code [top, bottom)} and the {@code long}s {@code [from, to)} of each row (pixels {@code 8 ×
   * from} to {@code 8 × to}).
   */
  void stamp(CoverageMask m, int ix, int iy, int top, int bottom, int from, int to) {
    int x0 = ix - m.cx;
    int y0 = iy - m.cy + m.top;
    int first = x0 >> 3;
    int phase = x0 & 7;
    int stride = m.stride(phase);
    int j0 = Math.max(0, Math.max(0, from) - first);
    int j1 = Math.min(stride, Math.min(longs, to) - first);
    int y1 = Math.min(m.rows, bottom - y0);
    if (j0 >= j1) {
      return;
    }
    long[] fillSrc = m.fill(phase);
    long[] outlineSrc = m.outline(phase);
    long[] fills = planes[0];
    long[] outlines = planes[1];
    for (int y = Math.max(0, top - y0); y < y1; y++) {
      int row = y0 + y;
      int src = y * stride - first;
      int dst = row * longs;
      int end = first + j1;
      for (int j = first + j0; j < end; j++) {
        fills[dst + j] = add8(fills[dst + j], fillSrc[src + j]);
        outlines[dst + j] = add8(outlines[dst + j], outlineSrc[src + j]);
      }
      int lo = (first + j0) >> blockShift;
      int hi = (end - 1) >> blockShift;
      touched[row] |= (-1L >>> (63 - hi + lo)) << lo;
    }
  }

  /**
   * Paints the planes' rows {@code [top, bottom)} onto {@code pixels} (premultiplied ARGB, as wide
   * as the planes) — each pixel's fill ink at its fill coverage, then its outline ink at its
   * outline coverage, source-over — and empties those rows of the planes.
   *
   * @param fillInk premultiplied ARGB by coverage (0 to 64) for the fills ({@link #ink})
   * @param outlineInk the same for the outlines
   */
  void composite(int[] pixels, int top, int bottom, int[] fillInk, int[] outlineInk) {
    for (int y = top; y < bottom; y++) {
      for (long blocks = touched[y]; blocks != 0; blocks &= blocks - 1) {
        int from = Long.numberOfTrailingZeros(blocks) << blockShift;
        int to = Math.min(longs, from + (1 << blockShift));
        for (int j = from; j < to; j++) {
          compositeLong(pixels, y, j, fillInk, outlineInk);
        }
      }
      touched[y] = 0;
    }
  }

  /** Composites {@code long} j of row y and empties it. */
  private void compositeLong(int[] pixels, int y, int j, int[] fillInk, int[] outlineInk) {
    int i = y * longs + j;
    long f = planes[0][i];
    long o = planes[1][i];
    if ((f | o) == 0) {
      return;
    }
    planes[0][i] = 0;
    planes[1][i] = 0;
    int x = j << 3;
    int last = Math.min(width, x + 8);
    for (int p = y * width + x; x < last; x++, p++, f >>>= 8, o >>>= 8) {
      int cf = (int) f & 0xFF;
      int co = (int) o & 0xFF;
      if ((cf | co) != 0) {
        pixels[p] = over(outlineInk[co], over(fillInk[cf], pixels[p]));
      }
    }
  }

  private static int over(int src, int dst) {
    int inv = 255 - (src >>> 24);
    return inv == 0 ? src : inv == 255 ? dst : ArgbRaster.over(src, dst, inv);
  }

  /**
   * The premultiplied ARGB of colour {@code argb} (not premultiplied) at each coverage from 0 to
   * 64: what a {@link Sprite} of the same shape holds where that many samples are inside it.
   */
  static int[] ink(int argb) {
    int[] ink = new int[CoverageMask.FULL + 1];
    double alpha = (argb >>> 24) / 255.0;
    for (int c = 0; c <= CoverageMask.FULL; c++) {
      double share = c / (double) CoverageMask.FULL;
      int a = (int) Math.round(share * alpha * 255);
      int r = Math.min(a, (int) Math.round(share * ((argb >> 16) & 0xFF) * alpha));
      int g = Math.min(a, (int) Math.round(share * ((argb >> 8) & 0xFF) * alpha));
      int b = Math.min(a, (int) Math.round(share * (argb & 0xFF) * alpha));
      ink[c] = a << 24 | r << 16 | g << 8 | b;
    }
    return ink;
  }

  /**
   * The sums of the eight bytes of {@code a} and {@code b}, each capped at {@link
   * CoverageMask#FULL} (each byte of both at most 64).
   */
  static long add8(long a, long b) {
    long sum = a + b; // at most 128 a byte: no carry into the next
    long high = sum & 0xC0C0C0C0C0C0C0C0L; // a byte of 64 or more has bit 6 or 7 set
    long over = ((high >>> 6) | (high >>> 7)) & 0x0101010101010101L;
    long capped = (over << 8) - over; // 0xFF in each byte at 64 or more
    return (sum & ~capped) | (FULLS & capped);
  }
}
