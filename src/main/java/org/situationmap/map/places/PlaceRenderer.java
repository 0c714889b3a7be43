package org.situationmap.map.places;

import java.lang.ref.WeakReference;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.text.TextAlignment;
import org.locationtech.jts.geom.Envelope;
import org.situationmap.domain.PlaceKind;

/**
 * Draws control symbols, halos, the selection and decluttered labels onto any {@link
 * GraphicsContext}: the screen's canvas and every export use this one code path. Only places inside
 * the view are drawn, as sprites stamped into one image ({@link SymbolRaster}; on the same canvas
 * and view, a new date repaints only what changed) or, on a rotated or very large context, as one
 * path per status. Labels are placed again only when the view or selection changes.
 */
public final class PlaceRenderer {
  /** Largest symbol image drawn in software (device pixels); larger contexts use paths. */
  static final double MAX_RASTER_PIXELS = 64e6;

  /** The labels placed last, reused while the view and selection stay the same. */
  private static volatile PlacedLabels lastLabels;

  private PlaceRenderer() {}

  /**
   * Draws one frame.
   *
   * @param frame the state to draw: places, statuses, halos, selection
   * @param gc where to draw
   * @param p the projection onto {@code gc}
   * @param w width of the visible area in pixels
   * @param h height of the visible area in pixels
   */
  public static void draw(PlaceFrame frame, GraphicsContext gc, Projection p, double w, double h) {
    PlaceSet set = frame.set();
    double factor = PlaceStyle.zoomFactor(p.zoom());
    int[] visible = visible(set, p, w, h, factor);
    double scale = pixelScale(gc);
    List<Label> labels = labels(set, p, w, h, frame.selected(), factor);
    if (fitsImage(w, h, scale)) {
      SymbolRaster.draw(frame, gc, p, visible, factor, w, h, scale, labels);
      return;
    }
    SymbolPaths.draw(frame, gc, p, visible, factor);
    if (frame.selected() >= 0) {
      SymbolPaths.drawSelection(gc, set, frame.selected(), p, factor);
    }
    gc.setTextBaseline(VPos.CENTER);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setLineWidth(LabelStyle.HALO_WIDTH);
    for (Label label : labels) {
      LabelStyle.draw(gc, set, label.i(), label.x(), label.y());
    }
  }

  /**
   * Draws a frame as an image for a layer to show at {@code w×h} (e.g. in an {@code ImageView}):
   * the pixels {@link #draw} puts on a cleared canvas, at {@code scale} device pixels per unit
   * ({@code ceil(w × scale) × ceil(h × scale)} pixels). The image is kept for {@code owner} and
   * reused: for the same view at another date only what changed is painted again, so show it rather
   * than copy it. Null when the view is too large for an image: then use {@link #draw}.
   *
   * @param frame the state to draw: places, statuses, halos, selection
   * @param owner what the image is kept for (one image per owner)
   * @param p the projection onto the view
   * @param w width of the view in pixels
   * @param h height of the view in pixels
   * @param scale device pixels per view pixel (the window's output scale)
   */
  public static WritableImage image(
      PlaceFrame frame, Object owner, Projection p, double w, double h, double scale) {
    if (!fitsImage(w, h, scale)) {
      return null;
    }
    PlaceSet set = frame.set();
    double factor = PlaceStyle.zoomFactor(p.zoom());
    int[] visible = visible(set, p, w, h, factor);
    List<Label> labels = labels(set, p, w, h, frame.selected(), factor);
    double used = visible.length > SymbolRaster.cullAbove ? 1 : scale;
    return SymbolRaster.image(owner, frame, p, visible, factor, w, h, used, labels);
  }

  /** Drops the image kept for {@code owner} by {@link #image} or {@link #draw} (for a canvas). */
  public static void release(Object owner) {
    SymbolRaster.release(owner);
  }

  private static boolean fitsImage(double w, double h, double scale) {
    return scale > 0 && w * scale * h * scale <= MAX_RASTER_PIXELS && w >= 1 && h >= 1;
  }

  /**
   * The labels of a view, placed again only when the view or selection changes (not for a new date:
   * labels do not depend on statuses).
   */
  private static List<Label> labels(
      PlaceSet set, Projection p, double w, double h, int selected, double factor) {
    LabelKey key = new LabelKey(p, w, h, selected);
    PlacedLabels last = lastLabels;
    if (last != null && last.set().get() == set && last.key().equals(key)) {
      return last.labels();
    }
    LabelPlacer placer = new LabelPlacer(set, w, h);
    placer.place(p, selected, labelKinds(p.zoom()), factor);
    List<Label> placed = List.copyOf(placer.placed);
    lastLabels = new PlacedLabels(new WeakReference<>(set), key, placed);
    return placed;
  }

  private record LabelKey(Projection p, double w, double h, int selected) {}

  /** The labels placed last; the set is held weakly so that a layer closed can be collected. */
  private record PlacedLabels(WeakReference<PlaceSet> set, LabelKey key, List<Label> labels) {}

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

  /** Indices of the places inside the view (with a margin for their symbols). */
  static int[] visible(PlaceSet set, Projection p, double w, double h, double factor) {
    double margin = (set.maxRadius * factor + 8) / p.scale();
    Envelope env =
        new Envelope(
            p.unitXAt(0) - margin,
            p.unitXAt(w) + margin,
            p.unitYAt(0) - margin,
            p.unitYAt(h) + margin);
    if (env.getWidth() * env.getHeight() > 0.25 * set.envelopeArea()) {
      int[] all = new int[set.size()];
      int n = 0;
      for (int i = 0; i < all.length; i++) {
        if (env.contains(set.ux[i], set.uy[i])) {
          all[n++] = i;
        }
      }
      return java.util.Arrays.copyOf(all, n);
    }
    return set.query(env).stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /** Which kinds get labels at a zoom. */
  private static boolean[] labelKinds(double zoom) {
    boolean[] kinds = new boolean[PlaceKind.values().length];
    kinds[PlaceKind.CITY.ordinal()] = true;
    kinds[PlaceKind.TOWN.ordinal()] = zoom >= 7.8;
    kinds[PlaceKind.VILLAGE.ordinal()] = zoom >= 9.5;
    kinds[PlaceKind.SITE.ordinal()] = zoom >= 11;
    return kinds;
  }

  /** A label to draw: place i's name with its left end at (x, y) (vertical centre). */
  record Label(int i, double x, double y) {}
}
