package org.situationmap.map.places;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy label placement for {@link PlaceRenderer}: highest priority first (the selected place
 * before all), each label right or left of its symbol where it overlaps no label placed before.
 */
final class LabelPlacer {
  /** At most this many labels per view. */
  static final int MAX_LABELS = 400;

  private final PlaceSet set;
  private final double w;
  private final double h;
  private final List<double[]> boxes = new ArrayList<>();
  final List<PlaceRenderer.Label> placed = new ArrayList<>();

  LabelPlacer(PlaceSet set, double w, double h) {
    this.set = set;
    this.w = w;
    this.h = h;
  }

  void place(Projection p, int selected, boolean[] kinds, double factor) {
    if (selected >= 0) {
      tryLabel(p, selected, factor);
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
      tryLabel(p, i, factor);
    }
  }

  private void tryLabel(Projection p, int i, double factor) {
    double x = p.x(set.ux[i]);
    double y = p.y(set.uy[i]);
    double r = set.radius[i] * factor + 3;
    double tw = set.labelWidth(i);
    double th = 14;
    for (double lx : new double[] {x + r, x - r - tw}) {
      double[] box = {lx - 1, y - th / 2, lx + tw + 1, y + th / 2};
      if (!overlaps(box)) {
        boxes.add(box);
        placed.add(new PlaceRenderer.Label(i, lx, y));
        return;
      }
    }
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
