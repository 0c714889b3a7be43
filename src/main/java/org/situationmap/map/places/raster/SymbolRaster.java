package org.situationmap.map.places.raster;

import java.util.List;
import javafx.scene.image.WritableImage;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.PlacedLabel;
import org.situationmap.map.places.Projection;

/**
 * Draws one view's halos, symbols, selection ring and labels into one image, for the view's place
 * renderer to show or put on its context with one {@code drawImage}: a path per status, whose every
 * sub-path the software pipeline rasterizes, is far slower. The pixels match the path drawing: the
 * same palette, shapes, sizes, outlines, halos and order (halos, then per status all fills, then
 * all outlines, then the selection and labels). Symbols, halos, the selection and labels are
 * sprites blended one by one; when more than {@link RasterLimits#cullAbove} places are visible, the
 * halos and then the symbols of each status are added up as coverage instead, and a status is drawn
 * at most once per 2×2-pixel cell (decision 0007). Drawn again for another date on the same view,
 * only the tiles near places that changed are painted again (decision 0006).
 *
 * <p>The one entry point of this package. One per view: it keeps the view's image (one buffer,
 * reused from frame to frame while the size stays) and the label images of the layer it shows;
 * symbol images come from a {@link SymbolCache} that views share. FX thread only.
 */
public final class SymbolRaster {
  private final SymbolCache cache;
  private final RasterLimits limits;
  private FramePainter painter;
  private LabelSprites labelSprites;

  /** A raster taking its symbol images from {@code cache}. */
  public SymbolRaster(SymbolCache cache, RasterLimits limits) {
    this.cache = cache;
    this.limits = limits;
  }

  /** Whether a view of this many visible places is culled (drawn once per cell and status). */
  public boolean culls(int visibleCount) {
    return visibleCount > limits.cullAbove();
  }

  /**
   * Paints a frame and returns the image, {@code ceil(w × scale) × ceil(h × scale)} pixels: the
   * same image as the last time when the size stays, so show it rather than copy it.
   *
   * @param frame the state to draw: places, statuses, halos, selection
   * @param p the projection onto the view
   * @param visible the places to draw (indices, ascending)
   * @param factor the zoom factor of the symbols' sizes
   * @param w width of the view in pixels
   * @param h height of the view in pixels
   * @param scale device pixels per view pixel
   * @param labels the labels to stamp over the symbols, in view pixels
   */
  public WritableImage paint(
      PlaceFrame frame,
      Projection p,
      int[] visible,
      double factor,
      double w,
      double h,
      double scale,
      List<PlacedLabel> labels) {
    int pw = (int) Math.ceil(w * scale);
    int ph = (int) Math.ceil(h * scale);
    if (painter == null || !painter.isFor(pw, ph)) {
      painter = new FramePainter(pw, ph, limits, cache);
    }
    if (labelSprites == null || !labelSprites.isFor(frame.set())) {
      labelSprites = new LabelSprites(frame.set(), limits.labelPixels());
    }
    painter.paint(frame, p, visible, factor, scale, culls(visible.length), labelSprites, labels);
    return painter.image();
  }

  /** Lets go of the image and the label images (the next frame is painted whole). */
  public void release() {
    painter = null;
    labelSprites = null;
  }

  /** Whether the raster keeps nothing: no image, no label images. */
  public boolean isEmpty() {
    return painter == null && labelSprites == null;
  }

  /** The pixels of the label images kept. */
  public long labelPixels() {
    return labelSprites == null ? 0 : labelSprites.pixels();
  }

  /** The share of the image the last frame painted, 0 to 1 (0 before the first). */
  public double paintedShare() {
    return painter == null ? 0 : painter.paintedShare();
  }

  /** The image's pixels (premultiplied ARGB), for tests. */
  int[] pixels() {
    return painter.raster().pixels;
  }
}
