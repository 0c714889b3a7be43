package org.situationmap.map.places.raster;

import javafx.scene.paint.Color;
import org.situationmap.domain.ControlStatus;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.places.PlaceStyle;
import org.situationmap.map.places.SymbolStyle;

/**
 * The sprites and coverage masks of one place set's symbols and halos at one zoom factor and pixel
 * scale, made as they are first needed and then looked up by status, size class and quarter-pixel
 * offset: the same palette ({@link PlaceStyle}), shapes, outlines and halo ({@link SymbolStyle}) as
 * the path drawing.
 */
final class SymbolSprites {
  private static final ControlStatus[] STATUSES = ControlStatus.values();
  private static final int SUBS = SubPixels.BOTH;

  final PlaceSet set;
  final double factor;
  final double scale;
  private final SymbolCache cache;
  private final CoverageMask[][][] masks;
  private final Sprite[][][][] sprites;
  private final int[][][] inks = new int[STATUSES.length][][];
  private final PaintedShape[][][] shapes;
  private final Sprite[] halos;
  private final CoverageMask[] haloMasks;
  private final int[][][] haloInks = new int[STATUSES.length][][];
  private final int[][] extents;
  private final int[] haloExtents;
  private int maxExtent;

  SymbolSprites(PlaceSet set, double factor, double scale, SymbolCache cache) {
    this.set = set;
    this.cache = cache;
    this.factor = factor;
    this.scale = scale;
    int sizes = set.sizeClassCount();
    masks = new CoverageMask[STATUSES.length][sizes][SUBS];
    sprites = new Sprite[STATUSES.length][2][sizes][SUBS];
    shapes = new PaintedShape[STATUSES.length][][];
    halos = new Sprite[STATUSES.length * sizes * SUBS];
    haloMasks = new CoverageMask[sizes * SUBS];
    extents = new int[STATUSES.length][sizes];
    haloExtents = new int[sizes];
  }

  /** Whether these are the sprites for a set, zoom factor and scale. */
  boolean isFor(PlaceSet s, double f, double sc) {
    return set == s && factor == f && scale == sc;
  }

  /** The mask of a status's symbol (its fill and outline). */
  CoverageMask mask(int status, int sizeClass, int sub) {
    CoverageMask m = masks[status][sizeClass][sub];
    if (m == null) {
      PaintedShape[] l = shapes(status)[sizeClass];
      m = cache.mask(l[0], l[1], sub % SubPixels.SUB, sub / SubPixels.SUB);
      masks[status][sizeClass][sub] = m;
    }
    return m;
  }

  /** The sprite of the fill ({@code pass} 0) or outline (1) of a status's symbol. */
  Sprite sprite(int status, int pass, int sizeClass, int sub) {
    Sprite s = sprites[status][pass][sizeClass][sub];
    if (s == null) {
      PaintedShape l = shapes(status)[sizeClass][pass];
      s = cache.sprite(l, null, sub % SubPixels.SUB, sub / SubPixels.SUB);
      sprites[status][pass][sizeClass][sub] = s;
    }
    return s;
  }

  /**
   * The ink of a status's fills ({@code pass} 0) or outlines (1) in a crowded view, where symbols
   * are added up as coverage (their look there: {@link SymbolStyle#outline}): premultiplied ARGB by
   * coverage ({@link CoveragePlanes#ink}).
   */
  int[] ink(int status, int pass) {
    if (inks[status] == null) {
      ControlStatus s = STATUSES[status];
      inks[status] =
          new int[][] {
            CoveragePlanes.ink(argb(SymbolStyle.fill(s, true))),
            CoveragePlanes.ink(argb(SymbolStyle.outline(s, true)))
          };
    }
    return inks[status][pass];
  }

  private PaintedShape[][] shapes(int status) {
    if (shapes[status] == null) {
      shapes[status] = shapes(STATUSES[status]);
    }
    return shapes[status];
  }

  /** The halo of place i, whose status is {@code status}. */
  Sprite halo(int status, int i, int sub) {
    int slot = (status * set.sizeClassCount() + set.sizeClass(i)) * SUBS + sub;
    Sprite s = halos[slot];
    if (s == null) {
      PaintedShape[] l = haloShapes(status, set.sizeClass(i));
      s = cache.sprite(l[0], l[1], sub % SubPixels.SUB, sub / SubPixels.SUB);
      halos[slot] = s;
    }
    return s;
  }

  /** The selection ring around place i, at a quarter-pixel offset. */
  Sprite selection(int i, int fx, int fy) {
    PaintedShape ring =
        new PaintedShape(
            PaintedShape.Shape.CIRCLE,
            SymbolStyle.selectionRadius(set.radius(i) * factor) * scale,
            SymbolStyle.SELECTION_WIDTH * scale,
            argb(SymbolStyle.SELECTION));
    return cache.sprite(ring, null, fx, fy);
  }

  /** How far (pixels) the fill and outline of a status's symbol reach from the centre pixel. */
  int symbolExtent(int status, int sizeClass) {
    int[] e = extents[status];
    if (e[sizeClass] == 0) {
      PaintedShape[] l = shapes(status)[sizeClass];
      e[sizeClass] = PaintedShape.extent(l[0], l[1]);
    }
    return e[sizeClass];
  }

  /** The mask of place i's halo (its fill and ring, which differ in colour only by status). */
  CoverageMask haloMask(int i, int sub) {
    int slot = set.sizeClass(i) * SUBS + sub;
    CoverageMask m = haloMasks[slot];
    if (m == null) {
      PaintedShape[] l = haloShapes(0, set.sizeClass(i));
      m = cache.mask(l[0], l[1], sub % SubPixels.SUB, sub / SubPixels.SUB);
      haloMasks[slot] = m;
    }
    return m;
  }

  /** The ink of a status's halo fills ({@code pass} 0) or rings (1), as {@link #ink}. */
  int[] haloInk(int status, int pass) {
    if (haloInks[status] == null) {
      PaintedShape[] l = haloShapes(status, 0);
      haloInks[status] =
          new int[][] {CoveragePlanes.ink(l[0].argb()), CoveragePlanes.ink(l[1].argb())};
    }
    return haloInks[status][pass];
  }

  /** How far (pixels) any symbol or halo of the set reaches from its centre pixel. */
  int maxExtent() {
    if (maxExtent == 0) {
      for (int k = 0; k < set.sizeClassCount(); k++) {
        maxExtent = Math.max(maxExtent, haloExtent(k));
        for (int status = 0; status < STATUSES.length; status++) {
          maxExtent = Math.max(maxExtent, symbolExtent(status, k));
        }
      }
    }
    return maxExtent;
  }

  /** How far (pixels) place i's halo reaches from the centre pixel. */
  int haloExtentOf(int i) {
    return haloExtent(set.sizeClass(i));
  }

  private int haloExtent(int sizeClass) {
    if (haloExtents[sizeClass] == 0) {
      PaintedShape[] l = haloShapes(0, sizeClass);
      haloExtents[sizeClass] = PaintedShape.extent(l[0], l[1]);
    }
    return haloExtents[sizeClass];
  }

  /** The halo's fill and ring for a status and size class (the ring's colour is the status's). */
  private PaintedShape[] haloShapes(int status, int sizeClass) {
    ControlStatus s = STATUSES[status];
    double r = SymbolStyle.haloRadius(set.sizeOfClass(sizeClass) * factor) * scale;
    return new PaintedShape[] {
      new PaintedShape(PaintedShape.Shape.CIRCLE, r, 0, argb(SymbolStyle.haloFill(s))),
      new PaintedShape(
          PaintedShape.Shape.CIRCLE,
          r,
          SymbolStyle.HALO_RING_WIDTH * scale,
          argb(PlaceStyle.colour(s)))
    };
  }

  /**
   * [size class][0 fill, 1 outline] shapes of a status's symbol, in the colours of a view that is
   * not crowded (the sprites'; masks take only their shapes).
   */
  private PaintedShape[][] shapes(ControlStatus status) {
    PaintedShape.Shape s =
        switch (PlaceStyle.shape(status)) {
          case SQUARE -> PaintedShape.Shape.SQUARE;
          case DIAMOND -> PaintedShape.Shape.DIAMOND;
          case CIRCLE, HOLLOW_CIRCLE -> PaintedShape.Shape.CIRCLE;
        };
    int fill = argb(SymbolStyle.fill(status, false));
    int outline = argb(SymbolStyle.outline(status, false));
    double width = SymbolStyle.outlineWidth(status) * scale;
    PaintedShape[][] out = new PaintedShape[set.sizeClassCount()][2];
    for (int k = 0; k < set.sizeClassCount(); k++) {
      double r = set.sizeOfClass(k) * factor * scale;
      out[k][0] = new PaintedShape(s, r, 0, fill);
      out[k][1] = new PaintedShape(s, r, width, outline);
    }
    return out;
  }

  /** A colour as non-premultiplied ARGB. */
  static int argb(Color c) {
    return (int) Math.round(c.getOpacity() * 255) << 24
        | (int) Math.round(c.getRed() * 255) << 16
        | (int) Math.round(c.getGreen() * 255) << 8
        | (int) Math.round(c.getBlue() * 255);
  }
}
