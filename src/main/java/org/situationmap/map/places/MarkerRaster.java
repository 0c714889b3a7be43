package org.situationmap.map.places;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A software rasterizer for map symbols: an {@code int[]} of premultiplied ARGB pixels onto which
 * pre-rendered anti-aliased sprites are stamped with source-over blending. Drawing 100,000 symbols
 * this way and handing the result to the canvas as one image is far cheaper than a path command per
 * symbol, which the software pipeline rasterizes one by one.
 *
 * <p>Sprites are rendered once per shape, colour, size and quarter-pixel offset (8×8 samples per
 * pixel) and cached. A shape is given by its signed distance in pixels (negative inside): a fill
 * covers {@code d <= 0}, a stroke of width {@code w} covers {@code |d| <= w / 2} — for the square
 * and diamond this is the stroke with mitred corners that JavaFX draws by default.
 */
final class MarkerRaster {
  /** Sub-pixel positions per pixel (each axis). */
  static final int SUB = 4;

  private static final int SUB_BITS = 2;

  /** Samples per pixel on each axis when a shape is rendered. */
  static final int SAMPLES = 8;

  private static final int MAX_SPRITES = 8192;
  private static final ConcurrentHashMap<SpriteKey, Sprite> SPRITES = new ConcurrentHashMap<>();

  /**
   * A coordinate in pixels snapped to the quarter-pixel grid, as {@code pixel * SUB + offset} (see
   * {@link #pixel} and {@link #offset}).
   */
  static int snap(double v) {
    int pixel = (int) Math.floor(v);
    int offset = (int) Math.round((v - pixel) * SUB);
    return pixel * SUB + offset;
  }

  /** The pixel of a {@link #snap snapped} coordinate. */
  static int pixel(int snapped) {
    return snapped >> SUB_BITS;
  }

  /** The quarter-pixel offset (0 to SUB - 1) of a {@link #snap snapped} coordinate. */
  static int offset(int snapped) {
    return snapped & (SUB - 1);
  }

  /** Shapes, by signed distance. */
  enum Shape {
    CIRCLE,
    SQUARE,
    DIAMOND;

    /** Signed distance of (x, y) from the outline of this shape with size {@code r}. */
    double distance(double x, double y, double r) {
      return switch (this) {
        case CIRCLE -> Math.sqrt(x * x + y * y) - r;
        case SQUARE -> Math.max(Math.abs(x), Math.abs(y)) - r * SymbolStyle.SQUARE_HALF_SIDE;
        case DIAMOND ->
            (Math.abs(x) + Math.abs(y) - r * SymbolStyle.DIAMOND_HALF_DIAGONAL) / Math.sqrt(2);
      };
    }
  }

  /**
   * One layer of a sprite: paint {@code argb} (not premultiplied) where the shape is filled ({@code
   * strokeWidth} 0) or stroked.
   */
  record Layer(Shape shape, double r, double strokeWidth, int argb) {}

  /** A cache key: the layers and the sub-pixel offset of the centre. */
  private record SpriteKey(Layer a, Layer b, int fx, int fy) {}

  /**
   * Premultiplied ARGB pixels of {@code w×h}; the centre is at (cx + fx/SUB, cy + fy/SUB). {@code
   * runs} lists the pixels to draw as (row, first column, length) triples, the length negated for a
   * run of opaque pixels (copied rather than blended); transparent pixels are in no run. The runs
   * of row y start at {@code runs[rowStart[y]]} ({@code rowStart[h]} is the end).
   */
  record Sprite(int w, int h, int cx, int cy, int[] pixels, int[] runs, int[] rowStart) {
    Sprite(int w, int h, int cx, int cy, int[] pixels) {
      this(w, h, cx, cy, pixels, runs(w, h, pixels));
    }

    private Sprite(int w, int h, int cx, int cy, int[] pixels, int[] runs) {
      this(w, h, cx, cy, pixels, runs, rowStart(h, runs));
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

  final int width;
  final int height;
  final int[] pixels;

  MarkerRaster(int width, int height) {
    this.width = width;
    this.height = height;
    this.pixels = new int[width * height];
  }

  /** Makes every pixel transparent. */
  void clear() {
    Arrays.fill(pixels, 0);
  }

  /** Stamps {@code s} with its centre pixel at (ix, iy). */
  void stamp(Sprite s, int ix, int iy) {
    stamp(s, ix, iy, 0, 0, width, height);
  }

  /**
   * Stamps the part of {@code s} (centre pixel at (ix, iy)) inside the clip {@code [left, right) ×
   * [top, bottom)}, which must lie inside the raster.
   */
  void stamp(Sprite s, int ix, int iy, int left, int top, int right, int bottom) {
    int x0 = ix - s.cx;
    int y0 = iy - s.cy;
    if (y0 >= bottom || y0 + s.h <= top || x0 >= right || x0 + s.w <= left) {
      return;
    }
    int[] src = s.pixels;
    int[] dst = pixels;
    int[] runs = s.runs;
    boolean inside = x0 >= left && y0 >= top && x0 + s.w <= right && y0 + s.h <= bottom;
    int end = s.rowStart[Math.min(s.h, bottom - y0)];
    for (int k = s.rowStart[Math.max(0, top - y0)]; k < end; k += 3) {
      int row = runs[k];
      int from = runs[k + 1];
      int length = runs[k + 2];
      boolean opaque = length < 0;
      if (opaque) {
        length = -length;
      }
      if (!inside) {
        int cut = Math.max(0, left - (x0 + from));
        from += cut;
        length = Math.min(length - cut, right - (x0 + from));
        if (length <= 0) {
          continue;
        }
      }
      int si = row * s.w + from;
      int di = (y0 + row) * width + x0 + from;
      if (opaque) {
        System.arraycopy(src, si, dst, di, length);
      } else {
        for (int last = si + length; si < last; si++, di++) {
          int p = src[si];
          int d = dst[di];
          dst[di] = d == 0 ? p : over(p, d, 255 - (p >>> 24));
        }
      }
    }
  }

  /** Premultiplied source-over: {@code src + dst * inv / 255}. */
  static int over(int src, int dst, int inv) {
    int rb = (dst & 0x00FF00FF) * inv + 0x00800080;
    rb = ((rb + ((rb >>> 8) & 0x00FF00FF)) >>> 8) & 0x00FF00FF;
    int ag = ((dst >>> 8) & 0x00FF00FF) * inv + 0x00800080;
    ag = (ag + ((ag >>> 8) & 0x00FF00FF)) & 0xFF00FF00;
    return src + (ag | rb);
  }

  /** The cached sprite of {@code a} then {@code b} at a sub-pixel offset. */
  static Sprite sprite(Layer a, Layer b, int fx, int fy) {
    SpriteKey key = new SpriteKey(a, b, fx, fy);
    Sprite s = SPRITES.get(key);
    if (s == null) {
      if (SPRITES.size() > MAX_SPRITES) {
        SPRITES.clear();
      }
      s = render(a, b, fx / (double) SUB, fy / (double) SUB);
      SPRITES.put(key, s);
    }
    return s;
  }

  /**
   * How many pixels the sprite of {@code a} then {@code b} (may be null) reaches from its centre
   * pixel on every side, at any sub-pixel offset.
   */
  static int extent(Layer a, Layer b) {
    return (int) Math.ceil(Math.max(reach(a), b == null ? 0 : reach(b))) + 1;
  }

  private static double reach(Layer l) {
    double extra =
        switch (l.shape) {
          case SQUARE -> SymbolStyle.SQUARE_HALF_SIDE * Math.sqrt(2);
          case DIAMOND -> SymbolStyle.DIAMOND_HALF_DIAGONAL;
          case CIRCLE -> 1;
        };
    return l.r * extra + l.strokeWidth / 2;
  }

  private static Sprite render(Layer a, Layer b, double fx, double fy) {
    int c = extent(a, b);
    int size = 2 * c + 1;
    int[] out = new int[size * size];
    double cx = c + fx;
    double cy = c + fy;
    double[] pa = premultiplied(a);
    double[] pb = premultiplied(b);
    double n = SAMPLES * SAMPLES;
    for (int py = 0; py < size; py++) {
      for (int px = 0; px < size; px++) {
        double[] sum = new double[4];
        // a layer that covers all samples of the pixel or none is not tested sample by sample
        int allA = uniform(a, px + 0.5 - cx, py + 0.5 - cy);
        int allB = b == null ? 0 : uniform(b, px + 0.5 - cx, py + 0.5 - cy);
        for (int sy = 0; sy < SAMPLES; sy++) {
          double y = py + (sy + 0.5) / SAMPLES - cy;
          for (int sx = 0; sx < SAMPLES; sx++) {
            double x = px + (sx + 0.5) / SAMPLES - cx;
            boolean inA = allA < 0 ? covers(a, x, y) : allA == 1;
            boolean inB = allB < 0 ? covers(b, x, y) : allB == 1;
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

  /**
   * Whether every sample of the pixel centred at (x, y), relative to the centre, is inside the
   * painted part of {@code l} (1), none is (0), or some are (-1). A shape's distance changes by at
   * most the distance moved, and no sample is more than {@code 7/16 × √2} (0.62) from the centre.
   */
  static int uniform(Layer l, double x, double y) {
    double margin = 0.63;
    double d = l.shape.distance(x, y, l.r);
    if (l.strokeWidth == 0) {
      return d <= -margin ? 1 : d > margin ? 0 : -1;
    }
    double half = l.strokeWidth / 2;
    double from = Math.abs(d);
    return from + margin <= half ? 1 : from - margin > half ? 0 : -1;
  }

  /** Whether the point (x, y), relative to the centre, is inside the painted part of {@code l}. */
  static boolean covers(Layer l, double x, double y) {
    double d = l.shape.distance(x, y, l.r);
    return l.strokeWidth == 0 ? d <= 0 : Math.abs(d) <= l.strokeWidth / 2;
  }

  /** Alpha, red, green, blue of a layer's paint, premultiplied, in 0..1. */
  private static double[] premultiplied(Layer l) {
    if (l == null) {
      return new double[4];
    }
    double alpha = (l.argb >>> 24) / 255.0;
    return new double[] {
      alpha,
      ((l.argb >> 16) & 0xFF) / 255.0 * alpha,
      ((l.argb >> 8) & 0xFF) / 255.0 * alpha,
      (l.argb & 0xFF) / 255.0 * alpha
    };
  }
}
