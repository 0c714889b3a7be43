package org.situationmap.map.places.raster;

/**
 * How much of each pixel one symbol's fill and its outline cover: 0 to 64 of the pixel's 8×8
 * samples, for one shape, size and quarter-pixel offset, without colour. All symbols of a status
 * are added up in {@link CoveragePlanes} and coloured once, as a path of many shapes is filled and
 * stroked once.
 *
 * <p>Rows are kept eight pixels to a {@code long} (one byte each, the lowest byte leftmost) for
 * each of the eight pixels a mask can start at within a {@code long} of the planes, so that
 * stamping is whole {@code long}s at any pixel; rows with nothing in them are left out. Masks are
 * kept in the {@link SymbolCache}.
 */
final class CoverageMask {
  /** Samples per pixel, 8×8: the coverage of a pixel wholly inside. */
  static final int FULL = 64;

  /** Width and height of the mask's box, whose centre pixel is (cx, cy). */
  final int w;

  final int h;
  final int cx;
  final int cy;

  /** The first row with anything in it, and how many rows from there. */
  final int top;

  final int rows;
  // per start phase (0-7): rows × stride longs, fill and outline alike
  private final long[][] fill = new long[8][];
  private final long[][] outline = new long[8][];

  private CoverageMask(int size, int c, byte[] fillCoverage, byte[] outlineCoverage) {
    w = size;
    h = size;
    cx = c;
    cy = c;
    int first = size;
    int last = -1;
    for (int i = 0; i < size * size; i++) {
      if (fillCoverage[i] != 0 || outlineCoverage[i] != 0) {
        first = Math.min(first, i / size);
        last = i / size;
      }
    }
    top = Math.min(first, size);
    rows = Math.max(0, last - top + 1); // none when the shape covers no sample
    fill[0] = pack(fillCoverage);
    outline[0] = pack(outlineCoverage);
    for (int phase = 1; phase < 8; phase++) {
      fill[phase] = shift(fill[0], phase);
      outline[phase] = shift(outline[0], phase);
    }
  }

  /** The rows at phase 0. */
  private long[] pack(byte[] cover) {
    int stride = stride(0);
    long[] out = new long[rows * stride];
    for (int y = 0; y < rows; y++) {
      for (int x = 0; x < w; x++) {
        out[y * stride + (x >> 3)] |= (long) cover[(top + y) * w + x] << (8 * (x & 7));
      }
    }
    return out;
  }

  /** The rows at phase 0 moved {@code phase} pixels (bytes) on. */
  private long[] shift(long[] rows0, int phase) {
    int from = stride(0);
    int to = stride(phase);
    int bits = 8 * phase;
    long[] out = new long[rows * to];
    for (int y = 0; y < rows; y++) {
      long carry = 0;
      for (int j = 0; j < to; j++) {
        long v = j < from ? rows0[y * from + j] : 0;
        out[y * to + j] = v << bits | carry;
        carry = v >>> (64 - bits);
      }
    }
    return out;
  }

  /**
   * The mask of a symbol, {@code fill} (its shape and size) and {@code outline}, centred at
   * quarter-pixel offset (fx, fy) from its centre pixel.
   */
  static CoverageMask render(PaintedShape fill, PaintedShape outline, int fx, int fy) {
    int c = PaintedShape.extent(fill, outline);
    int size = 2 * c + 1;
    double cx = c + fx / (double) SubPixels.SUB;
    double cy = c + fy / (double) SubPixels.SUB;
    return new CoverageMask(size, c, coverage(fill, size, cx, cy), coverage(outline, size, cx, cy));
  }

  /** About how many bytes the mask holds. */
  long bytes() {
    long n = 0;
    for (int phase = 0; phase < 8; phase++) {
      n += 8L * (fill[phase].length + outline[phase].length);
    }
    return n;
  }

  /** {@code long}s per row when the mask starts {@code phase} pixels into a {@code long}. */
  int stride(int phase) {
    return (phase + w + 7) >> 3;
  }

  /**
   * The fill's rows for a start {@code phase} pixels into a {@code long}: row {@code top + y} at
   * {@code y × stride(phase)}, where byte {@code phase + x} (from the lowest byte of its first
   * {@code long}) is the coverage of pixel x.
   */
  long[] fill(int phase) {
    return fill[phase];
  }

  /** The outline's rows, as {@link #fill}. */
  long[] outline(int phase) {
    return outline[phase];
  }

  private static byte[] coverage(PaintedShape shape, int size, double cx, double cy) {
    byte[] out = new byte[size * size];
    int n = PaintedShape.SAMPLES;
    for (int py = 0; py < size; py++) {
      for (int px = 0; px < size; px++) {
        int all = shape.uniform(px + 0.5 - cx, py + 0.5 - cy);
        if (all >= 0) {
          out[py * size + px] = (byte) (all * FULL);
          continue;
        }
        int inside = 0;
        for (int sy = 0; sy < n; sy++) {
          double y = py + (sy + 0.5) / n - cy;
          for (int sx = 0; sx < n; sx++) {
            if (shape.covers(px + (sx + 0.5) / n - cx, y)) {
              inside++;
            }
          }
        }
        out[py * size + px] = (byte) inside;
      }
    }
    return out;
  }
}
