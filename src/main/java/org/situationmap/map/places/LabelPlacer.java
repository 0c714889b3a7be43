package org.situationmap.map.places;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import org.situationmap.domain.PlaceKind;

/**
 * Greedy label placement: which places of a view get their name drawn, and where. Cities always,
 * towns, villages and sites from zooms in; highest priority first (the selected place before all),
 * each label right or left of its symbol where it overlaps no label placed before and, for an image
 * seen whole, where it stays inside the part of the view the map shows (else it is left out). FX
 * thread (label widths are measured with JavaFX text).
 */
final class LabelPlacer {
  /** At most this many labels per view. */
  static final int MAX_LABELS = 400;

  private final PlaceSet set;
  private final double w;
  private final double h;
  private final double factor;
  private final Insets inside;
  private final List<double[]> boxes = new ArrayList<>();
  private final List<PlacedLabel> placed = new ArrayList<>();

  private LabelPlacer(PlaceSet set, double w, double h, double factor, Insets inside) {
    this.set = set;
    this.w = w;
    this.h = h;
    this.factor = factor;
    this.inside = inside;
  }

  /**
   * The labels of a w×h view of a set, in drawing order; unless {@code inside} is null, only labels
   * that lie within the view less those margins (what the view's edges and bands would cut).
   */
  static List<PlacedLabel> place(
      PlaceSet set, Projection p, double w, double h, int selected, Insets inside) {
    LabelPlacer placer = new LabelPlacer(set, w, h, PlaceStyle.zoomFactor(p.zoom()), inside);
    placer.place(p, selected, labelKinds(p.zoom()));
    return List.copyOf(placer.placed);
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

  private void place(Projection p, int selected, boolean[] kinds) {
    if (selected >= 0) {
      tryLabel(p, selected);
    }
    int tried = 0;
    for (int i : set.labelOrder) {
      if (placed.size() >= MAX_LABELS || tried > 4 * MAX_LABELS) {
        break;
      }
      if (i == selected || !kinds[set.kind[i]]) {
        continue;
      }
      double x = p.x(set.ux[i]);
      double y = p.y(set.uy[i]);
      if (x < -50 || x > w + 50 || y < -10 || y > h + 10) {
        continue;
      }
      tried++;
      tryLabel(p, i);
    }
  }

  private void tryLabel(Projection p, int i) {
    double x = p.x(set.ux[i]);
    double y = p.y(set.uy[i]);
    double r = set.radius[i] * factor + 3;
    double tw = set.labelWidth(i);
    double th = 14;
    for (double lx : new double[] {x + r, x - r - tw}) {
      double[] box = {lx - 1, y - th / 2, lx + tw + 1, y + th / 2};
      if (!overlaps(box) && (inside == null || withinView(box))) {
        boxes.add(box);
        placed.add(new PlacedLabel(i, lx, y));
        return;
      }
    }
  }

  /** The box, with the name's halo, lies inside the view less its margins. */
  private boolean withinView(double[] b) {
    double halo = LabelStyle.HALO_WIDTH / 2;
    return b[0] + 1 - halo >= inside.getLeft()
        && b[2] - 1 + halo <= w - inside.getRight()
        && b[1] - 1 >= inside.getTop()
        && b[3] + 1 <= h - inside.getBottom();
  }

  private boolean overlaps(double[] b) {
    for (double[] o : boxes) {
      if (b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]) {
        return true;
      }
    }
    return false;
  }
}
