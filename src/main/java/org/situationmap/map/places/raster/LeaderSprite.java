package org.situationmap.map.places.raster;

import org.situationmap.map.places.LabelStyle;
import org.situationmap.map.places.PlacedLabel;

/**
 * The image of a leader line, as {@link LabelStyle#drawLeader} draws it: ink {@link
 * LabelStyle#LEADER_WIDTH} wide over a halo {@link LabelStyle#HALO_WIDTH} wide, round ends, each
 * pixel sampled {@link PaintedShape#SAMPLES}×{@link PaintedShape#SAMPLES} times. Its centre pixel
 * is its top-left one, stamped at {@link #x} and {@link #y}.
 *
 * @param sprite the image
 * @param x the raster column of its top-left pixel
 * @param y the raster row of its top-left pixel
 */
record LeaderSprite(Sprite sprite, int x, int y) {
  /** The image of a leader line at {@code scale} device pixels per view pixel. */
  static LeaderSprite of(PlacedLabel.Leader line, double scale) {
    double x0 = line.x0() * scale;
    double y0 = line.y0() * scale;
    double x1 = line.x1() * scale;
    double y1 = line.y1() * scale;
    double halo = LabelStyle.HALO_WIDTH * scale / 2;
    double ink = LabelStyle.LEADER_WIDTH * scale / 2;
    int left = (int) Math.floor(Math.min(x0, x1) - halo) - 1;
    int top = (int) Math.floor(Math.min(y0, y1) - halo) - 1;
    int w = (int) Math.ceil(Math.max(x0, x1) + halo) + 2 - left;
    int h = (int) Math.ceil(Math.max(y0, y1) + halo) + 2 - top;
    double[] haloInk = premultiplied(SymbolSprites.argb(LabelStyle.HALO));
    double[] lineInk = premultiplied(SymbolSprites.argb(LabelStyle.INK));
    int n = PaintedShape.SAMPLES;
    int[] pixels = new int[w * h];
    for (int py = 0; py < h; py++) {
      for (int px = 0; px < w; px++) {
        double[] sum = new double[4];
        for (int sy = 0; sy < n; sy++) {
          double y = top + py + (sy + 0.5) / n;
          for (int sx = 0; sx < n; sx++) {
            double d = distance(left + px + (sx + 0.5) / n, y, x0, y0, x1, y1);
            for (int k = 0; k < 4; k++) {
              double under = d <= halo ? haloInk[k] : 0;
              sum[k] += d <= ink ? lineInk[k] + under * (1 - lineInk[0]) : under;
            }
          }
        }
        pixels[py * w + px] = pack(sum, n * n);
      }
    }
    return new LeaderSprite(new Sprite(w, h, 0, 0, pixels), left, top);
  }

  private static double distance(double x, double y, double x0, double y0, double x1, double y1) {
    double dx = x1 - x0;
    double dy = y1 - y0;
    double length2 = dx * dx + dy * dy;
    double t = length2 == 0 ? 0 : ((x - x0) * dx + (y - y0) * dy) / length2;
    t = Math.max(0, Math.min(1, t));
    return Math.hypot(x - (x0 + t * dx), y - (y0 + t * dy));
  }

  private static double[] premultiplied(int argb) {
    double alpha = (argb >>> 24) / 255.0;
    return new double[] {
      alpha,
      ((argb >> 16) & 0xFF) / 255.0 * alpha,
      ((argb >> 8) & 0xFF) / 255.0 * alpha,
      (argb & 0xFF) / 255.0 * alpha
    };
  }

  private static int pack(double[] sum, int samples) {
    int alpha = (int) Math.round(sum[0] / samples * 255);
    int r = Math.min(alpha, (int) Math.round(sum[1] / samples * 255));
    int g = Math.min(alpha, (int) Math.round(sum[2] / samples * 255));
    int b = Math.min(alpha, (int) Math.round(sum[3] / samples * 255));
    return alpha << 24 | r << 16 | g << 8 | b;
  }
}
