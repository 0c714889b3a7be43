package org.situationmap.map.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import javafx.scene.text.Text;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.layer.Layer;
import org.situationmap.map.tiles.TileMath;
import org.situationmap.timeline.TimelineIndex;

/**
 * The places of a layer in the form drawing needs: projected coordinates and sizes in primitive
 * arrays (indexed like the {@link TimelineIndex}), label priorities and a spatial index for
 * hit-testing. Built once per load, off the FX thread. Label widths are measured lazily on the FX
 * thread.
 */
public final class PlaceSet {
  /** Extra pixels around a symbol that still count as a hit. */
  public static final double HIT_TOLERANCE = 4;

  private static final PlaceKind[] KINDS = PlaceKind.values();

  final TimelineIndex index;
  final double[] ux;
  final double[] uy;
  final float[] radius;
  final byte[] kind;
  final int[] labelOrder;
  final double[] labelWidth;
  final double maxRadius;

  /** The distinct marker radii, and for each place the index of its radius among them. */
  final float[] sizes;

  final byte[] sizeClass;
  private final double envelopeArea;
  private final STRtree tree = new STRtree();

  private PlaceSet(TimelineIndex index) {
    this.index = index;
    int n = index.size();
    ux = new double[n];
    uy = new double[n];
    radius = new float[n];
    kind = new byte[n];
    labelWidth = new double[n];
    Arrays.fill(labelWidth, Double.NaN);
    double maxR = 0;
    for (int i = 0; i < n; i++) {
      Place p = index.place(i);
      ux[i] = Projection.unitX(p.location().lon());
      uy[i] = TileMath.mercatorY(p.location().lat());
      radius[i] = (float) PlaceStyle.radius(p.kind(), p.population());
      kind[i] = (byte) p.kind().ordinal();
      maxR = Math.max(maxR, radius[i]);
      tree.insert(new Envelope(ux[i], ux[i], uy[i], uy[i]), i);
    }
    maxRadius = maxR;
    float[] distinct = new float[0];
    sizeClass = new byte[n];
    for (int i = 0; i < n; i++) {
      int k = 0;
      while (k < distinct.length && distinct[k] != radius[i]) {
        k++;
      }
      if (k == distinct.length) {
        distinct = Arrays.copyOf(distinct, k + 1);
        distinct[k] = radius[i];
      }
      sizeClass[i] = (byte) k;
    }
    sizes = distinct;
    Envelope all = new Envelope();
    for (int i = 0; i < n; i++) {
      all.expandToInclude(ux[i], uy[i]);
    }
    envelopeArea = Math.max(all.getArea(), 1e-12);
    tree.build();
    labelOrder = labelOrder(index);
  }

  /** Builds the set for an index. */
  public static PlaceSet of(TimelineIndex index) {
    return new PlaceSet(index);
  }

  /** The set of a layer's index, built once per layer and kept with it. */
  public static PlaceSet of(Layer layer) {
    return layer.derived(PlaceSet.class, l -> new PlaceSet(l.index()));
  }

  /** Unit Mercator x of place i ({@link Projection#unitX}). */
  public double unitX(int i) {
    return ux[i];
  }

  /** Unit Mercator y of place i ({@link TileMath#mercatorY}). */
  public double unitY(int i) {
    return uy[i];
  }

  /** The marker radius of place i in pixels, before the zoom factor. */
  public double radius(int i) {
    return radius[i];
  }

  /** The index of place i's marker radius among {@link #sizeClassCount()} distinct radii. */
  public int sizeClass(int i) {
    return sizeClass[i];
  }

  /** How many distinct marker radii the places have. */
  public int sizeClassCount() {
    return sizes.length;
  }

  /** The marker radius of a size class in pixels, before the zoom factor. */
  public double sizeOfClass(int sizeClass) {
    return sizes[sizeClass];
  }

  /** The largest marker radius in pixels, before the zoom factor. */
  public double maxRadius() {
    return maxRadius;
  }

  /** The timeline index this set draws. */
  public TimelineIndex index() {
    return index;
  }

  /** Number of places. */
  public int size() {
    return ux.length;
  }

  /** The kind of place i. */
  public PlaceKind kind(int i) {
    return KINDS[kind[i]];
  }

  /** Indices of places whose points fall in a unit-Mercator envelope. */
  @SuppressWarnings("unchecked")
  public List<Integer> query(Envelope unitEnvelope) {
    return new ArrayList<>((List<Integer>) tree.query(unitEnvelope));
  }

  /**
   * Indices of the places inside a w×h view (with a margin for their symbols at a zoom factor),
   * ascending.
   */
  public int[] visible(Projection p, double w, double h, double factor) {
    double margin = (maxRadius * factor + 8) / p.scale();
    Envelope env =
        new Envelope(
            p.unitXAt(0) - margin,
            p.unitXAt(w) + margin,
            p.unitYAt(0) - margin,
            p.unitYAt(h) + margin);
    if (env.getWidth() * env.getHeight() > 0.25 * envelopeArea) {
      int[] all = new int[size()];
      int n = 0;
      for (int i = 0; i < all.length; i++) {
        if (env.contains(ux[i], uy[i])) {
          all[n++] = i;
        }
      }
      return Arrays.copyOf(all, n);
    }
    return query(env).stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /** Indices of the places drawn inside a w×h view (their centres, without margin), ascending. */
  public int[] inside(Projection p, double w, double h) {
    Envelope env = new Envelope(p.unitXAt(0), p.unitXAt(w), p.unitYAt(0), p.unitYAt(h));
    return query(env).stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /**
   * The place drawn nearest to a point of a view, within its symbol (and {@link #HIT_TOLERANCE}
   * pixels around it).
   */
  public OptionalInt placeAt(Projection p, double x, double y) {
    double factor = PlaceStyle.zoomFactor(p.zoom());
    double reach = (maxRadius * factor + HIT_TOLERANCE) / p.scale();
    double ux0 = p.unitXAt(x);
    double uy0 = p.unitYAt(y);
    int best = -1;
    double bestDistance = Double.MAX_VALUE;
    for (int i : query(new Envelope(ux0 - reach, ux0 + reach, uy0 - reach, uy0 + reach))) {
      double d = Math.hypot(p.x(ux[i]) - x, p.y(uy[i]) - y);
      if (d <= radius[i] * factor + HIT_TOLERANCE && d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /** Width of a place's label in pixels (measured once; FX thread). */
  public double labelWidth(int i) {
    double w = labelWidth[i];
    if (Double.isNaN(w)) {
      Text t = new Text(index.place(i).name());
      t.setFont(LabelStyle.font(kind(i)));
      w = t.getLayoutBounds().getWidth();
      labelWidth[i] = w;
    }
    return w;
  }

  private static int[] labelOrder(TimelineIndex index) {
    Integer[] order = new Integer[index.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Comparator<Integer> byKind = Comparator.comparingInt(i -> index.place(i).kind().ordinal());
    Comparator<Integer> byPopulation =
        Comparator.comparingInt(
            i -> {
              Integer pop = index.place(i).population();
              return pop == null ? 0 : -pop;
            });
    Arrays.sort(order, byKind.thenComparing(byPopulation).thenComparing(i -> index.place(i).id()));
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }
}
