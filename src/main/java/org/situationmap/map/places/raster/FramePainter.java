package org.situationmap.map.places.raster;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.places.PlacedLabel;
import org.situationmap.map.places.Projection;

/**
 * Paints frames of one view into one raster of a fixed size, which is also the pixels of the image
 * it returns ({@link PixelBuffer}, premultiplied ARGB, no copy or conversion). It keeps what its
 * raster shows; when the same view is drawn again for another date (scrubbing, playback), only the
 * 32×32-pixel tiles near places whose status or halo changed are painted again ({@link
 * DirtyTiles}), and every other pixel already is what a full repaint would give (decision 0006). FX
 * thread only.
 */
final class FramePainter {
  /** Above this share of dirty tiles the whole raster is painted. */
  private static final double MOSTLY_DIRTY = 0.5;

  private final ArgbRaster raster;
  private final PixelBuffer<IntBuffer> buffer;
  private final WritableImage image;
  private final StampQueue queue;
  private final DirtyTiles tiles;
  private final PlacePixels pixels;
  private final FrameStamps stamps;
  private final SymbolCache cache;
  private SymbolSprites sprites;
  // what the raster shows now (null: nothing that can be reused)
  private PlaceFrame shown;
  private Projection shownProjection;
  private int[] shownVisible;
  private List<PlacedLabel> shownLabels;

  /** A painter of {@code w×h} device pixels taking its symbol images from {@code cache}. */
  FramePainter(int w, int h, RasterLimits limits, SymbolCache cache) {
    this.cache = cache;
    raster = new ArgbRaster(w, h);
    // The image shares the raster's pixels: no copy into the image and no conversion of formats.
    buffer =
        new PixelBuffer<>(w, h, IntBuffer.wrap(raster.pixels), PixelFormat.getIntArgbPreInstance());
    image = new WritableImage(buffer);
    queue = new StampQueue(limits.parallelAbove());
    tiles = new DirtyTiles(w, h);
    pixels = new PlacePixels(w, h);
    stamps = new FrameStamps(queue, pixels, tiles);
  }

  /** Whether this painter's raster is {@code w×h}. */
  boolean isFor(int w, int h) {
    return raster.width == w && raster.height == h;
  }

  /** The image whose pixels are the raster's. */
  WritableImage image() {
    return image;
  }

  /**
   * Paints a frame into the image at {@code factor} (the zoom's) and {@code scale} (device pixels
   * per view pixel): every tile for a new view, else only the tiles the change of date touches. The
   * pixels are the image's own: they change only inside {@link PixelBuffer#updateBuffer}, which is
   * told which part changed.
   */
  void paint(
      PlaceFrame frame,
      Projection p,
      int[] visible,
      double factor,
      double scale,
      boolean cull,
      LabelSprites labelSprites,
      List<PlacedLabel> labels) {
    buffer.updateBuffer(
        b -> paintRaster(frame, p, visible, factor, scale, cull, labelSprites, labels));
  }

  /** Paints a frame; returns the part of the raster that changed (null: all of it). */
  private Rectangle2D paintRaster(
      PlaceFrame frame,
      Projection p,
      int[] visible,
      double factor,
      double scale,
      boolean cull,
      LabelSprites labelSprites,
      List<PlacedLabel> labels) {
    PlaceSet set = frame.set();
    if (sprites == null || !sprites.isFor(set, factor, scale)) {
      sprites = new SymbolSprites(set, factor, scale, cache);
      shown = null;
    }
    boolean sameView =
        shown != null
            && shown.set() == set
            && shown.selected() == frame.selected()
            && p.equals(shownProjection)
            && labels.equals(shownLabels)
            && Arrays.equals(visible, shownVisible);
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
      stamps.selectionAndLabels(frame, p, sprites, labelSprites, labels);
      queue.paint(raster, tiles);
    }
    shown = frame;
    if (tiles.share() == 0) {
      return Rectangle2D.EMPTY;
    }
    return tiles.all() ? null : tiles.bounds();
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
      int size = set.sizeClass(i);
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

  /** The share of tiles the last frame painted (0 to 1). */
  double paintedShare() {
    return tiles.share();
  }

  /** The raster's pixels (premultiplied ARGB). */
  ArgbRaster raster() {
    return raster;
  }
}
