package org.situationmap.map.overlay;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.text.Text;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.places.PlacedLabel;
import org.situationmap.map.places.Projection;
import org.situationmap.map.tiles.BasemapNames;
import org.situationmap.map.tiles.TileMath;

/**
 * Where the basemap's names go in a frame: at the spot nearest the point the basemap suggests where
 * the name is wholly in view (less an image's bands), inside its own area, clear of every place's
 * name (and leader line) and of the names placed before, and over the fewest markers (which are
 * drawn over it); a name that fits nowhere near is left out. The two oblasts in focus go first. FX
 * thread (names are measured with JavaFX text).
 */
final class BasemapNamePlacer {
  /** Steps of the spots tried around the suggested point, in pixels. */
  private static final double STEP_Y = 16;

  private static final double STEP_X = 36;

  /** Space kept clear around a name. */
  private static final double PAD = 3;

  /** The spots tried, nearest first, as multiples of the steps. */
  private static final int[][] SPOTS = spots();

  private BasemapNamePlacer() {}

  /**
   * The basemap's names of a frame that has them, clear of {@code labels}, inside the view less
   * {@code inside} (null: none).
   */
  static List<PlacedName> place(MapFrame frame, List<PlacedLabel> labels, Insets inside) {
    if (frame.names() == null) {
      return List.of();
    }
    List<Rectangle2D> taken = new ArrayList<>();
    PlaceSet set = frame.places().set();
    for (PlacedLabel label : labels) {
      taken.add(label.bounds(set));
      PlacedLabel.Leader l = label.leader();
      if (l != null) {
        taken.add(
            new Rectangle2D(
                Math.min(l.x0(), l.x1()),
                Math.min(l.y0(), l.y1()),
                Math.abs(l.x1() - l.x0()) + 1,
                Math.abs(l.y1() - l.y0()) + 1));
      }
    }
    Projection p = frame.projection();
    List<BasemapNames.Name> names = frame.names().at(p.zoom());
    if (names.isEmpty()) {
      return List.of();
    }
    MarkerCounts markers = new MarkerCounts(frame);
    List<PlacedName> placed = new ArrayList<>();
    for (BasemapNames.Name name : names) {
      Text text = new Text(name.text());
      text.setFont(BasemapNames.font(name));
      double w = text.getLayoutBounds().getWidth() + 2 * PAD;
      double h = text.getLayoutBounds().getHeight() + 2 * PAD;
      // on whole pixels: crisp, and the same pixels for views a fraction of a pixel apart
      double x0 = Math.round(p.x((name.lon() + 180) / 360));
      double y0 = Math.round(p.y(TileMath.mercatorY(name.lat())));
      PlacedName best = null;
      int fewest = Integer.MAX_VALUE;
      for (int[] spot : SPOTS) {
        double x = x0 + spot[0] * STEP_X;
        double y = y0 + spot[1] * STEP_Y;
        Rectangle2D box = new Rectangle2D(x - w / 2, y - h / 2, w, h);
        if (fits(box, frame, inside, taken) && name.covers(lon(p, x), lat(p, y))) {
          int under = markers.in(box);
          if (under < fewest) {
            best = new PlacedName(name, x, y, box);
            fewest = under;
          }
          if (under == 0) {
            break;
          }
        }
      }
      if (best != null) {
        taken.add(best.bounds());
        placed.add(best);
      }
    }
    return placed;
  }

  private static boolean fits(
      Rectangle2D box, MapFrame frame, Insets inside, List<Rectangle2D> taken) {
    Insets in = inside == null ? Insets.EMPTY : inside;
    if (box.getMinX() < in.getLeft()
        || box.getMinY() < in.getTop()
        || box.getMaxX() > frame.width() - in.getRight()
        || box.getMaxY() > frame.height() - in.getBottom()) {
      return false;
    }
    for (Rectangle2D t : taken) {
      if (t.intersects(box)) {
        return false;
      }
    }
    return true;
  }

  private static double lon(Projection p, double x) {
    return p.unitXAt(x) * 360 - 180;
  }

  private static double lat(Projection p, double y) {
    return TileMath.yToLat(p.unitYAt(y) * TileMath.TILE_SIZE, 0);
  }

  /** Up to four steps up and down and three across, nearest (in pixels) first. */
  private static int[][] spots() {
    List<int[]> spots = new ArrayList<>();
    for (int dx = -3; dx <= 3; dx++) {
      for (int dy = -4; dy <= 4; dy++) {
        spots.add(new int[] {dx, dy});
      }
    }
    spots.sort(
        (a, b) ->
            Double.compare(
                Math.hypot(a[0] * STEP_X, a[1] * STEP_Y),
                Math.hypot(b[0] * STEP_X, b[1] * STEP_Y)));
    return spots.toArray(int[][]::new);
  }
}
