package org.situationmap.export;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.situationmap.map.overlay.MapFrame;
import org.situationmap.map.overlay.Overlay;
import org.situationmap.map.tiles.BasemapNames;

/**
 * The basemap tiles covering a view, fetched once (off the FX thread) and drawn (on it) as often as
 * needed. Like Gluon's map view, a fractional zoom uses the tiles of the nearest level at or below
 * {@code zoom + 0.2}, scaled. Tile edges are snapped to device pixels so no seams show.
 */
public final class TileMosaic implements Overlay {
  private static final double TIPPING = 0.2;
  private static final Color BACKGROUND = Color.web("#E4E2DC");

  private record Placed(Image image, double x, double y, double w, double h) {}

  private final List<Placed> tiles;
  private final String attribution;
  private final BasemapNames names;

  private TileMosaic(List<Placed> tiles, String attribution, BasemapNames names) {
    this.tiles = List.copyOf(tiles);
    this.attribution = attribution;
    this.names = names;
  }

  /** Fetches the tiles of a view; {@code pixelRatio} is the export scale (1 or 2). */
  public static TileMosaic fetch(Viewport view, TileSupplier source, int pixelRatio) {
    double zoom = view.zoom();
    int level = (int) Math.max(0, Math.min(19, Math.floor(zoom + TIPPING)));
    long n = 1L << level;
    var p = view.projection();
    long x0 = clamp((long) Math.floor(p.unitXAt(0) * n), n);
    long x1 = clamp((long) Math.floor(p.unitXAt(view.width()) * n), n);
    long y0 = clamp((long) Math.floor(p.unitYAt(0) * n), n);
    long y1 = clamp((long) Math.floor(p.unitYAt(view.height()) * n), n);
    List<long[]> cells = new ArrayList<>();
    for (long ty = y0; ty <= y1; ty++) {
      for (long tx = x0; tx <= x1; tx++) {
        cells.add(new long[] {tx, ty});
      }
    }
    // tiles render independently: use the cores (the list keeps its order)
    List<Placed> placed =
        cells.parallelStream()
            .map(
                c -> {
                  double left = snap(p.x((double) c[0] / n), pixelRatio);
                  double right = snap(p.x((double) (c[0] + 1) / n), pixelRatio);
                  double top = snap(p.y((double) c[1] / n), pixelRatio);
                  double bottom = snap(p.y((double) (c[1] + 1) / n), pixelRatio);
                  Image img = source.tile(level, c[0], c[1], pixelRatio);
                  return new Placed(img, left, top, right - left, bottom - top);
                })
            .toList();
    return new TileMosaic(placed, source.attribution(), source.names());
  }

  /** Number of tiles. */
  public int size() {
    return tiles.size();
  }

  /** The names to write over the tiles, or null when they carry their own. */
  public BasemapNames names() {
    return names;
  }

  /** The attribution of the tiles' source (after any fallback). */
  public String attribution() {
    return attribution;
  }

  /** Draws the tiles (FX thread): the basemap overlay of the view they were fetched for. */
  @Override
  public void draw(GraphicsContext gc, MapFrame frame) {
    gc.setFill(BACKGROUND);
    gc.fillRect(0, 0, frame.width(), frame.height());
    gc.setImageSmoothing(true);
    for (Placed t : tiles) {
      gc.drawImage(t.image(), t.x(), t.y(), t.w(), t.h());
    }
  }

  private static double snap(double v, int ratio) {
    return Math.round(v * ratio) / (double) ratio;
  }

  private static long clamp(long t, long n) {
    return Math.max(0, Math.min(n - 1, t));
  }
}
