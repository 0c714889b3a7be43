package org.situationmap.map.places.raster;

import java.util.Arrays;
import java.util.List;
import org.situationmap.domain.ControlStatus;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.places.PlacedLabel;
import org.situationmap.map.places.Projection;

/**
 * Lists the stamps of one frame for {@link FramePainter}, in painting order: halos, then per status
 * all fills and then all outlines (as coverage masks and one composite per status when culling, as
 * sprites otherwise), then the selection and labels. When only some tiles are painted, only the
 * places that may change them are listed ({@link #reaches}), or everything when those are many.
 */
final class FrameStamps {
  /** Above this share of the visible places near dirty tiles the whole raster is painted. */
  private static final double MANY_NEAR = 0.5;

  private static final int STATUSES = ControlStatus.values().length;

  private final StampQueue queue;
  private final PlacePixels pixels;
  private final DirtyTiles tiles;
  private int[] byStatus = new int[0];
  private int[] keep = new int[0];
  private int[] candidates = new int[0];
  private final int[] byStatusStart = new int[STATUSES + 1];

  FrameStamps(StampQueue queue, PlacePixels pixels, DirtyTiles tiles) {
    this.queue = queue;
    this.pixels = pixels;
    this.tiles = tiles;
  }

  /**
   * Queues the halos and symbols of {@code visible}; when only some tiles are painted, only the
   * places that may change them, or, when those are more than {@link #MANY_NEAR} of the visible
   * places, everything (marking every tile: clipping each stamp to its tiles would then cost more
   * than painting the whole raster).
   */
  void symbols(PlaceFrame frame, int[] visible, boolean cull, SymbolSprites sprites) {
    PlaceSet set = frame.set();
    int n = candidates(frame, visible, sprites);
    groupByStatus(frame, visible, n);
    if (cull) {
      queueHaloMasks(frame, visible, sprites);
    } else {
      for (int k = 0; k < n; k++) {
        int j = candidates[k];
        int i = visible[j];
        if (frame.halo(i)) {
          queue.add(sprites.halo(frame.status(i), i, pixels.sub[j]), pixels.ix[j], pixels.iy[j]);
        }
      }
    }
    for (int status = 0; status < STATUSES; status++) {
      int from = byStatusStart[status];
      int to = byStatusStart[status + 1];
      if (cull) {
        int kept = pixels.cull(set, visible, byStatus, from, to, keep);
        queueMasks(set, visible, status, kept, sprites);
      } else {
        queueSprites(set, visible, status, from, to, sprites);
      }
    }
  }

  /**
   * Lists in {@code candidates} the positions in {@code visible} of the places to draw and returns
   * how many.
   */
  private int candidates(PlaceFrame frame, int[] visible, SymbolSprites sprites) {
    int n = visible.length;
    if (byStatus.length < n) {
      byStatus = new int[n];
      keep = new int[n];
      candidates = new int[n];
    }
    if (!tiles.all()) {
      int near = 0;
      int many = (int) (MANY_NEAR * n);
      for (int j = 0; j < n && near <= many; j++) {
        if (tiles.near(pixels.ix[j], pixels.iy[j]) && reaches(frame, visible[j], j, sprites)) {
          candidates[near++] = j;
        }
      }
      if (near <= many) {
        return near;
      }
      tiles.markAll(); // clipping each stamp to its tiles costs more than painting everything
    }
    for (int j = 0; j < n; j++) {
      candidates[j] = j;
    }
    return n;
  }

  /** Queues the masks of the halos of the listed places, and a composite per status. */
  private void queueHaloMasks(PlaceFrame frame, int[] visible, SymbolSprites sprites) {
    for (int status = 0; status < STATUSES; status++) {
      boolean any = false;
      for (int k = byStatusStart[status]; k < byStatusStart[status + 1]; k++) {
        int j = byStatus[k];
        int i = visible[j];
        if (frame.halo(i)) {
          queue.add(sprites.haloMask(i, pixels.sub[j]), pixels.ix[j], pixels.iy[j]);
          any = true;
        }
      }
      if (any) {
        queue.addComposite(sprites.haloInk(status, 0), sprites.haloInk(status, 1));
      }
    }
  }

  /** Queues the masks of {@code keep[0..kept)} (one status's) and their composite. */
  private void queueMasks(
      PlaceSet set, int[] visible, int status, int kept, SymbolSprites sprites) {
    if (kept == 0) {
      return;
    }
    for (int k = 0; k < kept; k++) {
      int j = keep[k];
      queue.add(
          sprites.mask(status, set.sizeClass(visible[j]), pixels.sub[j]),
          pixels.ix[j],
          pixels.iy[j]);
    }
    queue.addComposite(sprites.ink(status, 0), sprites.ink(status, 1));
  }

  /** Queues the fill sprites, then the outline sprites, of {@code byStatus[from..to)}. */
  private void queueSprites(
      PlaceSet set, int[] visible, int status, int from, int to, SymbolSprites sprites) {
    for (int pass = 0; pass < 2; pass++) {
      for (int k = from; k < to; k++) {
        int j = byStatus[k];
        queue.add(
            sprites.sprite(status, pass, set.sizeClass(visible[j]), pixels.sub[j]),
            pixels.ix[j],
            pixels.iy[j]);
      }
    }
  }

  /** Queues the selection ring and the labels, at the sprites' zoom factor and pixel scale. */
  void selectionAndLabels(
      PlaceFrame frame,
      Projection p,
      SymbolSprites sprites,
      LabelSprites labelSprites,
      List<PlacedLabel> labels) {
    int selected = frame.selected();
    PlaceSet set = frame.set();
    if (selected >= 0) {
      int x = SubPixels.snap(p.x(set.unitX(selected)) * sprites.scale);
      int y = SubPixels.snap(p.y(set.unitY(selected)) * sprites.scale);
      queue.add(
          sprites.selection(selected, SubPixels.offset(x), SubPixels.offset(y)),
          SubPixels.pixel(x),
          SubPixels.pixel(y));
    }
    if (!labels.isEmpty()) {
      labelSprites.queue(queue, labels, sprites.scale);
    }
  }

  /**
   * Whether place i (at {@code j} in the visible places) may change a marked tile: its symbol, with
   * its culling cell around it, or its halo meets one. A place of the same cell and status drawn
   * instead of it is never smaller, so it reaches as far and is found too.
   */
  private boolean reaches(PlaceFrame frame, int i, int j, SymbolSprites sprites) {
    int r = sprites.symbolExtent(frame.status(i), frame.set().sizeClass(i)) + PlacePixels.CELL;
    if (frame.halo(i)) {
      r = Math.max(r, sprites.haloExtentOf(i));
    }
    int x = pixels.ix[j];
    int y = pixels.iy[j];
    return tiles.meets(x - r, y - r, x + r + 1, y + r + 1);
  }

  /**
   * Lists the places {@code candidates[0..n)} (positions in {@code visible}) by status, each
   * status's in their order.
   */
  private void groupByStatus(PlaceFrame frame, int[] visible, int n) {
    Arrays.fill(byStatusStart, 0);
    for (int k = 0; k < n; k++) {
      byStatusStart[frame.status(visible[candidates[k]]) + 1]++;
    }
    for (int k = 0; k < STATUSES; k++) {
      byStatusStart[k + 1] += byStatusStart[k];
    }
    int[] next = Arrays.copyOf(byStatusStart, STATUSES);
    for (int k = 0; k < n; k++) {
      int j = candidates[k];
      byStatus[next[frame.status(visible[j])]++] = j;
    }
  }
}
