package org.situationmap.map.places.raster;

import java.util.Arrays;

/**
 * An {@code int[]} of premultiplied ARGB pixels onto which {@link Sprite}s are stamped with
 * source-over blending. Drawing 100,000 symbols this way and handing the result to JavaFX as one
 * image is far cheaper than a path command per symbol, which the software pipeline rasterizes one
 * by one.
 */
final class ArgbRaster {
  final int width;
  final int height;
  final int[] pixels;

  ArgbRaster(int width, int height) {
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
    int x0 = ix - s.cx();
    int y0 = iy - s.cy();
    if (y0 >= bottom || y0 + s.h() <= top || x0 >= right || x0 + s.w() <= left) {
      return;
    }
    int[] src = s.pixels();
    int[] dst = pixels;
    int[] runs = s.runs();
    boolean inside = x0 >= left && y0 >= top && x0 + s.w() <= right && y0 + s.h() <= bottom;
    int end = s.rowStart()[Math.min(s.h(), bottom - y0)];
    for (int k = s.rowStart()[Math.max(0, top - y0)]; k < end; k += 3) {
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
      int si = row * s.w() + from;
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
}
