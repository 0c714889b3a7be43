package org.situationmap.map.places;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;
import org.situationmap.map.places.raster.RasterLimits;
import org.situationmap.map.places.raster.SymbolCache;
import org.situationmap.map.places.raster.SymbolRaster;

/**
 * Draws the places of one view — halos, symbols, the selection ring and labels — onto a {@link
 * GraphicsContext} (exports, and the screen where its image does not fit) or into an image to show
 * (the screen). Only places inside the view are drawn: as sprites stamped into one image ({@link
 * SymbolRaster}; drawn again for another date, only what changed is painted) or, on a rotated or
 * very large context, as one path per status ({@link SymbolPaths}) and labels as text.
 *
 * <p>One renderer per view, since it keeps what the view shows: its image, the label images of its
 * layer and the labels placed last (placed again only when the view or selection changes). What it
 * keeps goes with {@link #dispose()} and, for one layer, when it draws another. Symbol images come
 * from the {@link SymbolCache} it is given, which views share. FX thread only.
 */
public final class PlaceRenderer {
  /** Largest symbol image drawn in software (device pixels); larger contexts use paths. */
  static final double MAX_RASTER_PIXELS = 64e6;

  private final SymbolRaster raster;
  private final Insets labelsInside;
  private PlacedLabels lastLabels;

  /** A renderer taking its symbol images from {@code symbols}. */
  public PlaceRenderer(SymbolCache symbols) {
    this(symbols, RasterLimits.DEFAULT);
  }

  /** A renderer taking its symbol images from {@code symbols}, painting within {@code limits}. */
  public PlaceRenderer(SymbolCache symbols, RasterLimits limits) {
    this(symbols, limits, null);
  }

  private PlaceRenderer(SymbolCache symbols, RasterLimits limits, Insets labelsInside) {
    raster = new SymbolRaster(symbols, limits);
    this.labelsInside = labelsInside;
  }

  /**
   * A renderer for an image seen whole, such as an export: a name that would cross the edge of the
   * part of the image the map shows — the image less {@code margins}, where bands cover it — goes
   * to the other side of its symbol, or is left out. (On the live map a name may run off the edge,
   * as the view moves.)
   */
  public static PlaceRenderer keepingLabelsWithin(SymbolCache symbols, Insets margins) {
    return new PlaceRenderer(symbols, RasterLimits.DEFAULT, Objects.requireNonNull(margins));
  }

  /**
   * The margins of the view inside which names must stay (an image seen whole: its edges and
   * bands), or null when they may run off its edges (the live map).
   */
  public Insets labelsInside() {
    return labelsInside;
  }

  /**
   * The labels of a view of a frame: decluttered by zoom, the selected place's first. Placed again
   * only when the view or selection changes (labels do not depend on statuses).
   *
   * @param w width of the view in pixels
   * @param h height of the view in pixels
   */
  public List<PlacedLabel> labels(PlaceFrame frame, Projection p, double w, double h) {
    PlaceSet set = frame.set();
    LabelKey key = new LabelKey(set, p, w, h, frame.selected());
    if (lastLabels != null && lastLabels.key().equals(key)) {
      return lastLabels.labels();
    }
    List<PlacedLabel> placed = LabelPlacer.place(set, p, w, h, frame.selected(), labelsInside);
    lastLabels = new PlacedLabels(key, placed);
    return placed;
  }

  private record LabelKey(PlaceSet set, Projection p, double w, double h, int selected) {}

  private record PlacedLabels(LabelKey key, List<PlacedLabel> labels) {}

  /**
   * Draws the places of a frame onto {@code gc}: as one image with {@code labels} stamped over the
   * symbols when the context only scales and translates and the image fits, else as paths (then
   * draw the labels with {@link #drawLabels}).
   *
   * @param gc where to draw
   * @param frame the state to draw: places, statuses, halos, selection
   * @param p the projection onto {@code gc}
   * @param w width of the visible area in pixels
   * @param h height of the visible area in pixels
   * @param labels the labels to draw with the symbols, if they are drawn as one image
   * @return whether the places were drawn as one image, labels included
   */
  public boolean draw(
      GraphicsContext gc,
      PlaceFrame frame,
      Projection p,
      double w,
      double h,
      List<PlacedLabel> labels) {
    PlaceSet set = frame.set();
    double factor = PlaceStyle.zoomFactor(p.zoom());
    int[] visible = set.visible(p, w, h, factor);
    double scale = pixelScale(gc);
    if (fitsImage(w, h, scale)) {
      WritableImage image = raster.paint(frame, p, visible, factor, w, h, scale, labels);
      boolean smooth = gc.isImageSmoothing();
      gc.setImageSmoothing(false);
      gc.drawImage(image, 0, 0, image.getWidth() / scale, image.getHeight() / scale);
      gc.setImageSmoothing(smooth);
      return true;
    }
    SymbolPaths.draw(frame, gc, p, visible, factor, raster.culls(visible.length));
    if (frame.selected() >= 0) {
      SymbolPaths.drawSelection(gc, set, frame.selected(), p, factor);
    }
    return false;
  }

  /** Draws labels as text onto {@code gc}, in order, over their leader lines. */
  public static void drawLabels(GraphicsContext gc, PlaceSet set, List<PlacedLabel> labels) {
    gc.setLineCap(StrokeLineCap.ROUND);
    for (PlacedLabel label : labels) {
      if (label.leader() != null) {
        LabelStyle.drawLeader(gc, label.leader());
      }
    }
    gc.setTextBaseline(VPos.CENTER);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setLineWidth(LabelStyle.HALO_WIDTH);
    for (PlacedLabel label : labels) {
      LabelStyle.draw(gc, set, label.i(), label.x(), label.y());
    }
  }

  /**
   * Draws the places of a frame, with {@code labels} stamped over the symbols, as an image for a
   * view of {@code w×h} to show: the pixels {@link #draw} puts on a cleared context, at {@code
   * scale} device pixels per view pixel ({@code ceil(w × scale) × ceil(h × scale)} pixels), or at
   * scale 1 when so many places are visible that symbols are culled. The image is this renderer's
   * and reused: for the same view at another date only what changed is painted again, so show it
   * rather than copy it. Null when the view is too large for an image: then use {@link #draw}.
   */
  public WritableImage image(
      PlaceFrame frame, Projection p, double w, double h, double scale, List<PlacedLabel> labels) {
    if (!fitsImage(w, h, scale)) {
      return null;
    }
    double factor = PlaceStyle.zoomFactor(p.zoom());
    int[] visible = frame.set().visible(p, w, h, factor);
    double used = raster.culls(visible.length) ? 1 : scale;
    return raster.paint(frame, p, visible, factor, w, h, used, labels);
  }

  /** Lets go of everything this renderer keeps: its image, label images and labels. */
  public void dispose() {
    raster.release();
    lastLabels = null;
  }

  /** Whether the renderer keeps nothing (a new one, or after {@link #dispose()}). */
  boolean isEmpty() {
    return raster.isEmpty() && lastLabels == null;
  }

  /** The raster this renderer paints (for tests). */
  SymbolRaster raster() {
    return raster;
  }

  private static boolean fitsImage(double w, double h, double scale) {
    return scale > 0 && w * scale * h * scale <= MAX_RASTER_PIXELS && w >= 1 && h >= 1;
  }

  /**
   * Device pixels per unit of {@code gc} when its transform only scales (equally on both axes) and
   * translates; 0 otherwise.
   */
  static double pixelScale(GraphicsContext gc) {
    javafx.scene.transform.Affine t = gc.getTransform();
    if (t.getMxy() != 0 || t.getMyx() != 0 || t.getMxx() <= 0 || t.getMxx() != t.getMyy()) {
      return 0;
    }
    return t.getMxx();
  }
}
