package org.situationmap.map.places;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Draws halos, markers, the selection and labels for {@link PlaceRenderer} into a {@link
 * MarkerRaster} and puts it on the context as one image: the raster is the image's own buffer
 * ({@link PixelBuffer}, premultiplied ARGB, no copy or conversion) and one {@code drawImage} per
 * frame replaces a path per status whose every sub-path the software pipeline rasterizes. The
 * result matches the path drawing: the same palette, shapes, sizes, outlines, halos and order
 * (halos, then per status all fills, then all outlines, then the selection and labels). Halos,
 * symbols, the selection and labels are sprites blended one by one. When more than {@link
 * #CULL_ABOVE} symbols are visible, the halos and then the symbols of each status are added up as
 * coverage instead ({@link CoveragePlanes}: a fill and an outline per status, as the path drawing
 * fills and strokes one path per status), which costs far less than blending each where they pile
 * up (decision 0007); and a status is drawn at most once per 2×2-pixel cell (the largest symbol of
 * the cell), which is invisible at that density and bounds the work by the area of the view.
 *
 * <p>When the same view is drawn again for another date (scrubbing, playback), only the 32×32-pixel
 * tiles near places whose status or halo changed are painted again ({@link DirtyTiles}); every
 * other pixel already is what a full repaint would give. The image is drawn at the context's device
 * resolution (an export at scale 2 gets a raster twice the size), or at the scale a layer asks for;
 * one buffer per owner (a canvas, a layer), reused across frames. FX thread only.
 */
final class SymbolRaster {
  /** Above this many visible places, each status is drawn once per 2×2-pixel cell. */
  static final int CULL_ABOVE = 4000;

  /** {@link #CULL_ABOVE}, changeable by tests. */
  static int cullAbove = CULL_ABOVE;

  /** Above this share of dirty tiles the whole raster is painted. */
  private static final double MOSTLY_DIRTY = 0.5;

  private static final Map<Object, SymbolRaster> BY_OWNER = new WeakHashMap<>();

  private final MarkerRaster raster;
  private final PixelBuffer<IntBuffer> buffer;
  private final WritableImage image;
  private final StampQueue queue = new StampQueue();
  private final DirtyTiles tiles;
  private final PlacePixels pixels;
  private final FrameStamps stamps;
  private SymbolSprites sprites;
  // what the raster shows now (null: nothing that can be reused)
  private PlaceFrame shown;
  private Projection shownProjection;
  private int[] shownVisible;
  private List<PlaceRenderer.Label> shownLabels;

  private SymbolRaster(int w, int h) {
    raster = new MarkerRaster(w, h);
    // The image shares the raster's pixels: no copy into the image and no conversion of formats.
    buffer =
        new PixelBuffer<>(w, h, IntBuffer.wrap(raster.pixels), PixelFormat.getIntArgbPreInstance());
    image = new WritableImage(buffer);
    tiles = new DirtyTiles(w, h);
    pixels = new PlacePixels(w, h);
    stamps = new FrameStamps(queue, pixels, tiles);
  }

  /** Draws a frame onto {@code gc} as one image, kept for the context's canvas. */
  static void draw(
      PlaceFrame frame,
      GraphicsContext gc,
      Projection p,
      int[] visible,
      double factor,
      double w,
      double h,
      double scale,
      List<PlaceRenderer.Label> labels) {
    WritableImage image = image(gc.getCanvas(), frame, p, visible, factor, w, h, scale, labels);
    boolean smooth = gc.isImageSmoothing();
    gc.setImageSmoothing(false);
    gc.drawImage(image, 0, 0, image.getWidth() / scale, image.getHeight() / scale);
    gc.setImageSmoothing(smooth);
  }

  /**
   * Paints a frame into the image kept for {@code owner} (a canvas, a layer; null: a new image) and
   * returns it: {@code ceil(w × scale) × ceil(h × scale)} pixels.
   */
  static WritableImage image(
      Object owner,
      PlaceFrame frame,
      Projection p,
      int[] visible,
      double factor,
      double w,
      double h,
      double scale,
      List<PlaceRenderer.Label> labels) {
    int pw = (int) Math.ceil(w * scale);
    int ph = (int) Math.ceil(h * scale);
    SymbolRaster r = forOwner(owner, pw, ph);
    // The pixels are the image's own (no copy): change them only inside updateBuffer, which is
    // told which part changed.
    r.buffer.updateBuffer(b -> r.paint(frame, p, visible, factor, scale, labels));
    return r.image;
  }

  /** Drops the image kept for {@code owner}. */
  static void release(Object owner) {
    BY_OWNER.remove(owner);
  }

  private static SymbolRaster forOwner(Object owner, int w, int h) {
    SymbolRaster r = owner == null ? null : BY_OWNER.get(owner);
    if (r == null || r.raster.width != w || r.raster.height != h) {
      r = new SymbolRaster(w, h);
      if (owner != null) {
        BY_OWNER.put(owner, r);
      }
    }
    return r;
  }

  /**
   * Paints a frame: every tile for a new view, else only the tiles the change of date touches.
   * Returns the part of the raster that changed (null: all of it).
   */
  Rectangle2D paint(
      PlaceFrame frame,
      Projection p,
      int[] visible,
      double factor,
      double scale,
      List<PlaceRenderer.Label> labels) {
    PlaceSet set = frame.set();
    if (sprites == null || !sprites.isFor(set, factor, scale)) {
      sprites = new SymbolSprites(set, factor, scale);
      shown = null;
    }
    boolean sameView =
        shown != null
            && shown.set() == set
            && shown.selected() == frame.selected()
            && p.equals(shownProjection)
            && labels.equals(shownLabels)
            && Arrays.equals(visible, shownVisible);
    boolean cull = visible.length > cullAbove;
    PlaceFrame before = shown;
    // Until this frame is painted, the raster shows nothing that can be reused (a failure halfway
    // must not leave a half-painted raster taken for a whole one).
    shown = null;
    if (sameView) {
      markChanged(before, frame, visible);
      if (!tiles.all()) {
        tiles.findNear(sprites.maxExtent() + PlacePixels.CELL);
      }
    } else {
      pixels.locate(set, p, visible, scale, cull);
      tiles.markAll();
      shownProjection = p;
      shownVisible = visible;
      shownLabels = List.copyOf(labels);
    }
    if (tiles.share() > 0) {
      queue.clear();
      stamps.symbols(frame, visible, cull, sprites);
      stamps.selectionAndLabels(frame, p, factor, scale, labels);
      queue.paint(raster, tiles);
    }
    shown = frame;
    if (tiles.share() == 0) {
      return Rectangle2D.EMPTY;
    }
    return tiles.all() ? null : tiles.bounds();
  }

  /** Paints the halos and markers of {@code visible} into the whole raster (tests, benchmarks). */
  void render(PlaceFrame frame, Projection p, int[] visible, double factor, double scale) {
    shown = null;
    paint(frame.withSelected(-1), p, visible, factor, scale, List.of());
  }

  /**
   * Marks the tiles that a symbol or halo of a place whose status or halo changed since the frame
   * drawn reaches, before or now, with the culling cell around it (whose kept symbol, never larger,
   * may change with it); all of them when most are.
   */
  private void markChanged(PlaceFrame drawn, PlaceFrame frame, int[] visible) {
    tiles.markNone();
    PlaceSet set = frame.set();
    for (int j = 0; j < visible.length; j++) {
      int i = visible[j];
      int before = drawn.status(i);
      int now = frame.status(i);
      boolean haloBefore = drawn.halo(i);
      boolean haloNow = frame.halo(i);
      if (before == now && haloBefore == haloNow) {
        continue;
      }
      int size = set.sizeClass[i];
      int r =
          Math.max(sprites.symbolExtent(before, size), sprites.symbolExtent(now, size))
              + PlacePixels.CELL;
      if (haloBefore || haloNow) {
        r = Math.max(r, sprites.haloExtentOf(i));
      }
      int x = pixels.ix[j];
      int y = pixels.iy[j];
      tiles.mark(x - r, y - r, x + r + 1, y + r + 1);
      if (tiles.share() > MOSTLY_DIRTY) {
        tiles.markAll();
        return;
      }
    }
  }

  /** The share of tiles the last frame drawn for an owner painted (0 to 1), for tests. */
  static double paintedShare(Object owner) {
    SymbolRaster r = BY_OWNER.get(owner);
    return r == null ? 0 : r.tiles.share();
  }

  /** The raster's pixels (premultiplied ARGB), for tests. */
  MarkerRaster raster() {
    return raster;
  }

  /** Creates an unattached raster of {@code w×h} device pixels, for tests and benchmarks. */
  static SymbolRaster detached(int w, int h) {
    return new SymbolRaster(w, h);
  }
}
