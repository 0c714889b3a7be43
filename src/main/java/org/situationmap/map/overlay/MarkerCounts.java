package org.situationmap.map.overlay;

import javafx.geometry.Rectangle2D;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.places.PlaceStyle;
import org.situationmap.map.places.Projection;

/**
 * How many places of a frame are drawn in a box of its view, counted in a grid of {@link
 * #CELL}-pixel cells (a place counts in the cells its centre falls in; a box counts the cells it
 * meets). Built once per frame in one pass over the places in view. FX thread.
 */
final class MarkerCounts {
  private static final int CELL = 8;

  private final int cols;
  private final int rows;
  private final int[] counts;

  MarkerCounts(MapFrame frame) {
    cols = (int) Math.ceil(frame.width() / CELL) + 1;
    rows = (int) Math.ceil(frame.height() / CELL) + 1;
    counts = new int[cols * rows];
    PlaceSet set = frame.places().set();
    Projection p = frame.projection();
    double factor = PlaceStyle.zoomFactor(p.zoom());
    for (int i : set.visible(p, frame.width(), frame.height(), factor)) {
      int c = (int) Math.floor(p.x(set.unitX(i)) / CELL);
      int r = (int) Math.floor(p.y(set.unitY(i)) / CELL);
      if (c >= 0 && r >= 0 && c < cols && r < rows) {
        counts[r * cols + c]++;
      }
    }
  }

  /** The places in the cells a box meets. */
  int in(Rectangle2D box) {
    int c0 = Math.max(0, (int) Math.floor(box.getMinX() / CELL));
    int c1 = Math.min(cols - 1, (int) Math.floor(box.getMaxX() / CELL));
    int r0 = Math.max(0, (int) Math.floor(box.getMinY() / CELL));
    int r1 = Math.min(rows - 1, (int) Math.floor(box.getMaxY() / CELL));
    int n = 0;
    for (int r = r0; r <= r1; r++) {
      for (int c = c0; c <= c1; c++) {
        n += counts[r * cols + c];
      }
    }
    return n;
  }
}
