package org.situationmap.map.places;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import org.situationmap.domain.PlaceKind;

/**
 * Greedy label placement: which places of a view get their name drawn, and where. Cities always,
 * towns, villages and sites from zooms in, each only while its marker's centre is in view; highest
 * priority first (the selected place before all).
 *
 * <p>A name must read as its own marker's. It goes beside its marker ({@link LabelSide}: right,
 * left, a corner, above, below), at the first spot where it covers no name or named marker placed
 * before and no other marker comes within {@link #NEAR_CLEARANCE} pixels of the name's sides that
 * face its marker — so its own marker, {@link #GAP} pixels away, is clearly the nearest. Where no
 * such spot is free, a city's or town's name stands off by {@link #LEADER} pixels more (or twice
 * that), tied to its marker by a leader line that passes no other marker closer than {@link
 * #LEADER_CLEARANCE} pixels and ends where no other marker comes within {@link #NEAR_CLEARANCE}:
 * its own marker is then the nearest to the line, which a reader follows (other markers may lie
 * under the name). A place whose marker lies under a name placed before, or whose name fits
 * nowhere, goes without. FX thread (label widths are measured with JavaFX text).
 */
final class LabelPlacer {
  /** At most this many labels per view. */
  static final int MAX_LABELS = 400;

  /** After this many places in a row without a name, the view is too crowded to name more. */
  static final int MAX_MISSED = MAX_LABELS / 2;

  /** Pixels between a marker's edge and its name beside it. */
  static final double GAP = 3;

  /** No other marker's edge comes this close to the sides of a name that face its marker. */
  static final double NEAR_CLEARANCE = GAP + 4;

  /** How much farther a name with a leader line stands off its marker (once, else twice). */
  static final double LEADER = 9;

  private static final double[] STAND_OFFS = {0, LEADER, 2 * LEADER};
  private static final double[] BESIDE = {0};

  /** No other marker's edge comes this close to a leader line. */
  static final double LEADER_CLEARANCE = 3;

  private final PlaceSet set;
  private final double w;
  private final double h;
  private final double factor;
  private final Insets inside;
  private final LabelTies ties;
  private final BoxGrid names;
  private final BoxGrid markers;
  private final List<PlacedLabel> placed = new ArrayList<>();

  private LabelPlacer(PlaceSet set, Projection p, double w, double h, Insets inside) {
    this.set = set;
    this.w = w;
    this.h = h;
    this.inside = inside;
    this.factor = PlaceStyle.zoomFactor(p.zoom());
    this.ties = new LabelTies(set, p, factor, w, h);
    this.names = new BoxGrid(w, h, LabelTies.MARGIN);
    this.markers = new BoxGrid(w, h, LabelTies.MARGIN);
  }

  /**
   * The labels of a w×h view of a set, in drawing order; unless {@code inside} is null, only labels
   * that lie within the view less those margins (what the view's edges and bands would cut).
   */
  static List<PlacedLabel> place(
      PlaceSet set, Projection p, double w, double h, int selected, Insets inside) {
    LabelPlacer placer = new LabelPlacer(set, p, w, h, inside);
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
    if (selected >= 0 && inView(p, selected)) {
      tryLabel(p, selected);
    }
    int tried = 0;
    int missed = 0;
    for (int i : set.labelOrder) {
      if (placed.size() >= MAX_LABELS || tried > 4 * MAX_LABELS || missed > MAX_MISSED) {
        break;
      }
      if (i == selected || !kinds[set.kind[i]] || !inView(p, i)) {
        continue;
      }
      tried++;
      int before = placed.size();
      tryLabel(p, i);
      missed = placed.size() > before ? 0 : missed + 1;
    }
  }

  /** Whether place i's marker is centred in the view (a name needs its marker). */
  private boolean inView(Projection p, int i) {
    double x = p.x(set.ux[i]);
    double y = p.y(set.uy[i]);
    return x >= 0 && x <= w && y >= 0 && y <= h;
  }

  private void tryLabel(Projection p, int i) {
    double x = p.x(set.ux[i]);
    double y = p.y(set.uy[i]);
    double r = set.radius[i] * factor;
    double[] marker = {x - r, y - r, x + r, y + r};
    if (names.overlaps(marker)) {
      return; // a name placed before hides the marker
    }
    boolean leaders = set.kind[i] <= PlaceKind.TOWN.ordinal();
    for (double standOff : leaders ? STAND_OFFS : BESIDE) {
      for (LabelSide side : LabelSide.values()) {
        PlacedLabel label = tryAt(i, x, y, r, side, standOff);
        if (label != null) {
          markers.add(marker);
          placed.add(label);
          return;
        }
      }
    }
  }

  /** Place i's name on a side of its marker, {@code standOff} pixels farther out; null if not. */
  private PlacedLabel tryAt(int i, double x, double y, double r, LabelSide side, double standOff) {
    double d = r + GAP + standOff;
    double tw = set.labelWidth(i);
    double th = LabelStyle.HEIGHT;
    double lx = side.left(x, d, tw);
    double ly = side.middle(y, d, th);
    double[] box = {lx - 1, ly - th / 2, lx + tw + 1, ly + th / 2};
    double nearX = x + side.dx * d;
    double nearY = y + side.dy * d;
    if (names.overlaps(box)
        || markers.overlaps(box)
        || !withinView(box)
        || ties.othersWithin(i, nearX, nearY, nearX, nearY, NEAR_CLEARANCE)) {
      return null; // (the near point first: in a crowded view that settles most spots at once)
    }
    if (standOff == 0) {
      for (double[] e : side.nearEdges(lx, ly, tw, th)) {
        if (ties.othersWithin(i, e[0], e[1], e[2], e[3], NEAR_CLEARANCE)) {
          return null;
        }
      }
      names.add(box);
      return new PlacedLabel(i, lx, ly);
    }
    PlacedLabel.Leader line =
        new PlacedLabel.Leader(x + side.dx * (r + 1), y + side.dy * (r + 1), nearX, nearY);
    double[] lineBox = {
      Math.min(line.x0(), nearX), Math.min(line.y0(), nearY),
      Math.max(line.x0(), nearX), Math.max(line.y0(), nearY)
    };
    if (names.overlaps(lineBox)
        || !withinView(lineBox)
        || ties.othersWithin(i, line.x0(), line.y0(), nearX, nearY, LEADER_CLEARANCE)) {
      return null;
    }
    names.add(box);
    names.add(lineBox);
    return new PlacedLabel(i, lx, ly, line);
  }

  /** The box, with the name's halo, lies inside the view less its margins (if it must). */
  private boolean withinView(double[] b) {
    if (inside == null) {
      return true;
    }
    double halo = LabelStyle.HALO_WIDTH / 2;
    return b[0] + 1 - halo >= inside.getLeft()
        && b[2] - 1 + halo <= w - inside.getRight()
        && b[1] - 1 >= inside.getTop()
        && b[3] + 1 <= h - inside.getBottom();
  }
}
