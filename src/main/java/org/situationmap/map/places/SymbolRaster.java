package org.situationmap.map.places;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.situationmap.domain.ControlStatus;

/**
 * Draws halos and markers for {@link PlaceRenderer} into a {@link MarkerRaster} and puts it on the
 * context as one image: the raster is the image's own buffer ({@link PixelBuffer}, premultiplied
 * ARGB, no copy or conversion) and one {@code drawImage} per frame replaces a path per status whose
 * every sub-path the software pipeline rasterizes. The result matches the path drawing: the same
 * palette, shapes, sizes, outlines, halos and order (halos, then per status all fills, then all
 * outlines). When more than {@link #CULL_ABOVE} symbols are visible, a status is drawn at most once
 * per 2×2-pixel cell (the largest symbol of the cell), which is invisible at that density and
 * bounds the work by the area of the view.
 *
 * <p>The image is drawn at the context's device resolution (an export at scale 2 gets a raster
 * twice the size), one buffer per canvas, reused across frames. FX thread only.
 */
final class SymbolRaster {
  /** Above this many visible places, each status is drawn once per 2×2-pixel cell. */
  static final int CULL_ABOVE = 4000;

  /** {@link #CULL_ABOVE}, changeable by tests. */
  static int cullAbove = CULL_ABOVE;

  private static final ControlStatus[] STATUSES = ControlStatus.values();
  private static final int WHITE = 0xFFFFFFFF;
  private static final Map<Canvas, SymbolRaster> BY_CANVAS = new WeakHashMap<>();

  private final MarkerRaster raster;
  private final PixelBuffer<IntBuffer> buffer;
  private final WritableImage image;
  private final int cellsWide;
  private final int[] cells;
  private MarkerRaster.Sprite[] queued = new MarkerRaster.Sprite[0];
  private int[] at = new int[0];
  private int stamps;
  // per visible place (by position in the visible array), see locate
  private int[] ixAt = new int[0];
  private int[] iyAt = new int[0];
  private int[] subAt = new int[0];
  private int[] cellAt = new int[0];
  private int[] byStatus = new int[0];
  private int[] keep = new int[0];
  private final int[] byStatusStart = new int[STATUSES.length + 1];
  private PlaceSet tableSet;
  private double tableFactor;
  private double tableScale;
  private MarkerRaster.Sprite[][][][] table;
  private MarkerRaster.Sprite[] halos;

  /** Above this many stamps a frame is painted on two threads. */
  static final int PARALLEL_ABOVE = 2000;

  /** {@link #PARALLEL_ABOVE}, changeable by tests. */
  static int parallelAbove = PARALLEL_ABOVE;

  private SymbolRaster(int w, int h) {
    raster = new MarkerRaster(w, h);
    // The image shares the raster's pixels: no copy into the image and no conversion of formats.
    buffer =
        new PixelBuffer<>(w, h, IntBuffer.wrap(raster.pixels), PixelFormat.getIntArgbPreInstance());
    image = new WritableImage(buffer);
    cellsWide = (w + 1) / 2;
    cells = new int[cellsWide * ((h + 1) / 2)];
  }

  static void draw(
      PlaceFrame frame,
      GraphicsContext gc,
      Projection p,
      int[] visible,
      double factor,
      double w,
      double h,
      double scale,
      java.util.List<PlaceRenderer.Label> labels) {
    int pw = (int) Math.ceil(w * scale);
    int ph = (int) Math.ceil(h * scale);
    SymbolRaster r = forCanvas(gc.getCanvas(), pw, ph);
    // The pixels are the image's own (no copy): change them only inside updateBuffer.
    r.buffer.updateBuffer(
        b -> {
          r.paintAll(frame, p, visible, factor, scale, labels);
          return null;
        });
    boolean smooth = gc.isImageSmoothing();
    gc.setImageSmoothing(false);
    gc.drawImage(r.image, 0, 0, pw / scale, ph / scale);
    gc.setImageSmoothing(smooth);
  }

  private void paintAll(
      PlaceFrame frame,
      Projection p,
      int[] visible,
      double factor,
      double scale,
      java.util.List<PlaceRenderer.Label> labels) {
    render(frame, p, visible, factor, scale);
    int selected = frame.selected();
    if (selected >= 0) {
      PlaceSet set = frame.set();
      raster.stamp(
          new MarkerRaster.Layer(
              MarkerRaster.Shape.CIRCLE,
              PlaceRenderer.selectionRadius(set, selected, factor) * scale,
              PlaceRenderer.SELECTION_WIDTH * scale,
              argb(PlaceRenderer.SELECTION, 1)),
          null,
          p.x(set.ux[selected]) * scale,
          p.y(set.uy[selected]) * scale);
    }
    if (!labels.isEmpty()) {
      LabelSprites.of(frame.set()).stamp(raster, labels, scale);
    }
  }

  private static SymbolRaster forCanvas(Canvas canvas, int w, int h) {
    SymbolRaster r = canvas == null ? null : BY_CANVAS.get(canvas);
    if (r == null || r.raster.width != w || r.raster.height != h) {
      r = new SymbolRaster(w, h);
      if (canvas != null) {
        BY_CANVAS.put(canvas, r);
      }
    }
    return r;
  }

  /** Renders the halos and markers of {@code visible} into the raster (no JavaFX needed). */
  void render(PlaceFrame frame, Projection p, int[] visible, double factor, double scale) {
    stamps = 0;
    PlaceSet set = frame.set();
    boolean cull = visible.length > cullAbove;
    locate(frame, p, visible, scale, cull);
    int subs = MarkerRaster.SUB * MarkerRaster.SUB;
    MarkerRaster.Sprite[] halos = haloTable(set, factor, scale);
    for (int j = 0; j < visible.length; j++) {
      int i = visible[j];
      if (frame.halo(i)) {
        int status = frame.status(i);
        int sub = subAt[j];
        int slot = (status * set.sizes.length + set.sizeClass[i]) * subs + sub;
        MarkerRaster.Sprite s = halos[slot];
        if (s == null) {
          int c = argb(PlaceStyle.colour(STATUSES[status]), 1);
          double r = (set.radius[i] * factor + 7) * scale;
          s =
              MarkerRaster.sprite(
                  new MarkerRaster.Layer(
                      MarkerRaster.Shape.CIRCLE, r, 0, c & 0x00FFFFFF | 0x47 << 24),
                  new MarkerRaster.Layer(MarkerRaster.Shape.CIRCLE, r, 1.5 * scale, c),
                  sub % MarkerRaster.SUB,
                  sub / MarkerRaster.SUB);
          halos[slot] = s;
        }
        add(s, ixAt[j], iyAt[j]);
      }
    }
    for (ControlStatus status : STATUSES) {
      byte code = (byte) status.ordinal();
      int from = byStatusStart[code];
      int to = byStatusStart[code + 1];
      int kept = 0;
      if (cull) {
        markCells(set, visible, from, to);
        for (int k = from; k < to; k++) {
          int j = byStatus[k];
          int c = cellAt[j];
          if (c < 0 || cells[c] == visible[j]) {
            keep[kept++] = j;
          }
        }
      } else {
        System.arraycopy(byStatus, from, keep, 0, to - from);
        kept = to - from;
      }
      MarkerRaster.Layer[][] layers = layers(set, factor, scale, status);
      for (int pass = 0; pass < 2; pass++) {
        MarkerRaster.Sprite[][] sprites = table(set, factor, scale)[code][pass];
        for (int k = 0; k < kept; k++) {
          int j = keep[k];
          int size = set.sizeClass[visible[j]];
          int sub = subAt[j];
          MarkerRaster.Sprite s = sprites[size][sub];
          if (s == null) {
            s =
                MarkerRaster.sprite(
                    layers[size][pass], null, sub % MarkerRaster.SUB, sub / MarkerRaster.SUB);
            sprites[size][sub] = s;
          }
          add(s, ixAt[j], iyAt[j]);
        }
      }
    }
    paint();
  }

  /**
   * Works out, once per frame, each visible place's pixel, sub-pixel offset and (when culling)
   * cell, and lists the visible places by status, each status's places in the order of {@code
   * visible}.
   */
  private void locate(PlaceFrame frame, Projection p, int[] visible, double scale, boolean cull) {
    PlaceSet set = frame.set();
    int n = visible.length;
    if (ixAt.length < n) {
      ixAt = new int[n];
      iyAt = new int[n];
      subAt = new int[n];
      cellAt = new int[n];
      byStatus = new int[n];
      keep = new int[n];
    }
    Arrays.fill(byStatusStart, 0);
    for (int j = 0; j < n; j++) {
      int i = visible[j];
      double x = p.x(set.ux[i]) * scale;
      double y = p.y(set.uy[i]) * scale;
      int ix = (int) Math.floor(x);
      int iy = (int) Math.floor(y);
      int fx = (int) Math.round((x - ix) * MarkerRaster.SUB);
      int fy = (int) Math.round((y - iy) * MarkerRaster.SUB);
      if (fx == MarkerRaster.SUB) {
        ix++;
        fx = 0;
      }
      if (fy == MarkerRaster.SUB) {
        iy++;
        fy = 0;
      }
      ixAt[j] = ix;
      iyAt[j] = iy;
      subAt[j] = fy * MarkerRaster.SUB + fx;
      cellAt[j] = cull ? cell(x, y) : -1;
      byStatusStart[frame.status(i) + 1]++;
    }
    for (int k = 0; k < STATUSES.length; k++) {
      byStatusStart[k + 1] += byStatusStart[k];
    }
    int[] next = Arrays.copyOf(byStatusStart, STATUSES.length);
    for (int j = 0; j < n; j++) {
      byStatus[next[frame.status(visible[j])]++] = j;
    }
  }

  /**
   * The sprites of this frame's symbols by [status][pass][size class][sub-pixel offset], filled as
   * they are needed; kept while the place set, zoom factor and scale stay the same.
   */
  private MarkerRaster.Sprite[][][][] table(PlaceSet set, double factor, double scale) {
    if (tableSet != set || tableFactor != factor || tableScale != scale) {
      tableSet = set;
      tableFactor = factor;
      tableScale = scale;
      table =
          new MarkerRaster.Sprite[STATUSES.length][2][set.sizes.length]
              [MarkerRaster.SUB * MarkerRaster.SUB];
      halos =
          new MarkerRaster.Sprite
              [STATUSES.length * set.sizes.length * MarkerRaster.SUB * MarkerRaster.SUB];
    }
    return table;
  }

  /** The halo sprites by [status, size class, sub-pixel offset] (see {@link #table}). */
  private MarkerRaster.Sprite[] haloTable(PlaceSet set, double factor, double scale) {
    table(set, factor, scale);
    return halos;
  }

  /** Queues a stamp (painted in order by {@link #paint}). */
  private void add(MarkerRaster.Sprite s, int ix, int iy) {
    if (stamps == queued.length) {
      int n = Math.max(1024, 2 * stamps);
      queued = Arrays.copyOf(queued, n);
      at = Arrays.copyOf(at, 2 * n);
    }
    queued[stamps] = s;
    at[2 * stamps] = ix;
    at[2 * stamps + 1] = iy;
    stamps++;
  }

  /**
   * Clears the raster and paints the queued stamps in order. With many stamps the top and bottom
   * halves are painted at once on two threads (each pixel is still painted by one thread, in order,
   * so the result is the same).
   */
  private void paint() {
    int h = raster.height;
    if (stamps < parallelAbove || Runtime.getRuntime().availableProcessors() < 2) {
      paintRows(0, h);
      return;
    }
    int middle = h / 2;
    ForkJoinTask<?> top = ForkJoinPool.commonPool().submit(() -> paintRows(0, middle));
    paintRows(middle, h);
    top.join();
  }

  private void paintRows(int top, int bottom) {
    Arrays.fill(raster.pixels, top * raster.width, bottom * raster.width, 0);
    for (int k = 0; k < stamps; k++) {
      raster.stamp(queued[k], at[2 * k], at[2 * k + 1], top, bottom);
    }
  }

  /** The raster's pixels (premultiplied ARGB), for tests. */
  MarkerRaster raster() {
    return raster;
  }

  /** Creates an unattached raster of {@code w×h} device pixels, for tests and benchmarks. */
  static SymbolRaster detached(int w, int h) {
    return new SymbolRaster(w, h);
  }

  /**
   * Marks, per 2×2 cell, the place with the largest symbol among the visible places {@code
   * byStatus[from..to)} (one status), the first of equals.
   */
  private void markCells(PlaceSet set, int[] visible, int from, int to) {
    Arrays.fill(cells, -1);
    for (int k = from; k < to; k++) {
      int j = byStatus[k];
      int c = cellAt[j];
      if (c >= 0) {
        int i = visible[j];
        int best = cells[c];
        if (best < 0 || set.radius[i] > set.radius[best]) {
          cells[c] = i;
        }
      }
    }
  }

  /** The cell of a point, or -1 outside the raster (such places are drawn: they may reach in). */
  private int cell(double x, double y) {
    if (x < 0 || y < 0 || x >= raster.width || y >= raster.height) {
      return -1;
    }
    return ((int) y >> 1) * cellsWide + ((int) x >> 1);
  }

  /** [size class][0 fill, 1 outline] layers of a status's symbol. */
  private static MarkerRaster.Layer[][] layers(
      PlaceSet set, double factor, double scale, ControlStatus status) {
    PlaceStyle.Shape shape = PlaceStyle.shape(status);
    MarkerRaster.Shape s =
        switch (shape) {
          case SQUARE -> MarkerRaster.Shape.SQUARE;
          case DIAMOND -> MarkerRaster.Shape.DIAMOND;
          default -> MarkerRaster.Shape.CIRCLE;
        };
    int colour = argb(PlaceStyle.colour(status), 1);
    MarkerRaster.Layer[][] layers = new MarkerRaster.Layer[set.sizes.length][2];
    for (int k = 0; k < set.sizes.length; k++) {
      double r = set.sizes[k] * factor * scale;
      if (shape == PlaceStyle.Shape.HOLLOW_CIRCLE) {
        layers[k][0] = new MarkerRaster.Layer(s, r, 0, 0xD9FFFFFF);
        layers[k][1] = new MarkerRaster.Layer(s, r, 2.0 * scale, colour);
      } else {
        layers[k][0] = new MarkerRaster.Layer(s, r, 0, colour);
        layers[k][1] = new MarkerRaster.Layer(s, r, 1.2 * scale, WHITE);
      }
    }
    return layers;
  }

  private static int argb(Color c, double alpha) {
    return (int) Math.round(alpha * c.getOpacity() * 255) << 24
        | (int) Math.round(c.getRed() * 255) << 16
        | (int) Math.round(c.getGreen() * 255) << 8
        | (int) Math.round(c.getBlue() * 255);
  }
}
