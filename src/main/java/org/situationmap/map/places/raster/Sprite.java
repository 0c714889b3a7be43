package org.situationmap.map.places.raster;

import java.util.Arrays;

/**
 * A pre-rendered anti-aliased image to stamp into an {@link ArgbRaster}: premultiplied ARGB pixels
 * of {@code w×h} whose centre pixel is (cx, cy). {@code runs} lists the pixels to draw as (row,
 * first column, length) triples, the length negated for a run of opaque pixels (copied rather than
 * blended); transparent pixels are in no run. The runs of row y start at {@code runs[rowStart[y]]}
 * ({@code rowStart[h]} is the end).
 */
record Sprite(int w, int h, int cx, int cy, int[] pixels, int[] runs, int[] rowStart) {
  /** A sprite of these pixels. */
  Sprite(int w, int h, int cx, int cy, int[] pixels) {
    this(w, h, cx, cy, pixels, runs(w, h, pixels));
  }

  private Sprite(int w, int h, int cx, int cy, int[] pixels, int[] runs) {
    this(w, h, cx, cy, pixels, runs, rowStart(h, runs));
  }

  /**
   * The image of {@code a} then {@code b} (may be null) painted over it, centred at quarter-pixel
   * offset (fx, fy) from its centre pixel.
   */
  static Sprite render(PaintedShape a, PaintedShape b, int fx, int fy) {
    int c = PaintedShape.extent(a, b);
    int size = 2 * c + 1;
    int[] out = new int[size * size];
    double cx = c + fx / (double) SubPixels.SUB;
    double cy = c + fy / (double) SubPixels.SUB;
    double[] pa = a.premultiplied();
    double[] pb = b == null ? new double[4] : b.premultiplied();
    int samples = PaintedShape.SAMPLES;
    double n = samples * samples;
    for (int py = 0; py < size; py++) {
      for (int px = 0; px < size; px++) {
        double[] sum = new double[4];
        // a shape that covers all samples of the pixel or none is not tested sample by sample
        int allA = a.uniform(px + 0.5 - cx, py + 0.5 - cy);
        int allB = b == null ? 0 : b.uniform(px + 0.5 - cx, py + 0.5 - cy);
        for (int sy = 0; sy < samples; sy++) {
          double y = py + (sy + 0.5) / samples - cy;
          for (int sx = 0; sx < samples; sx++) {
            double x = px + (sx + 0.5) / samples - cx;
            boolean inA = allA < 0 ? a.covers(x, y) : allA == 1;
            boolean inB = allB < 0 ? b.covers(x, y) : allB == 1;
            for (int k = 0; k < 4; k++) {
              double under = inA ? pa[k] : 0;
              sum[k] += inB ? pb[k] + under * (1 - pb[0]) : under;
            }
          }
        }
        int alpha = (int) Math.round(sum[0] / n * 255);
        int r = Math.min(alpha, (int) Math.round(sum[1] / n * 255));
        int g = Math.min(alpha, (int) Math.round(sum[2] / n * 255));
        int bl = Math.min(alpha, (int) Math.round(sum[3] / n * 255));
        out[py * size + px] = alpha << 24 | r << 16 | g << 8 | bl;
      }
    }
    return new Sprite(size, size, c, c, out);
  }

  /** About how many bytes the sprite holds. */
  long bytes() {
    return 4L * (pixels.length + runs.length + rowStart.length);
  }

  private static int[] rowStart(int h, int[] runs) {
    int[] start = new int[h + 1];
    int k = 0;
    for (int y = 0; y <= h; y++) {
      while (k < runs.length && runs[k] < y) {
        k += 3;
      }
      start[y] = k;
    }
    return start;
  }

  private static int[] runs(int w, int h, int[] pixels) {
    int[] runs = new int[3 * w * h];
    int n = 0;
    for (int y = 0; y < h; y++) {
      int x = 0;
      while (x < w) {
        int alpha = pixels[y * w + x] >>> 24;
        if (alpha == 0) {
          x++;
          continue;
        }
        boolean opaque = alpha == 255;
        int start = x;
        while (x < w) {
          int a = pixels[y * w + x] >>> 24;
          if (a == 0 || (a == 255) != opaque) {
            break;
          }
          x++;
        }
        runs[n++] = y;
        runs[n++] = start;
        runs[n++] = opaque ? -(x - start) : x - start;
      }
    }
    return Arrays.copyOf(runs, n);
  }
}
