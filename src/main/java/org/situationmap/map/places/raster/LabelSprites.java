package org.situationmap.map.places.raster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.situationmap.map.places.LabelStyle;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.places.PlacedLabel;

/**
 * The labels of one place set as sprites: each label is drawn once as text by JavaFX ({@link
 * LabelStyle#draw}: the same font, halo and ink as the text drawing), several at a time on one
 * offscreen canvas read back with one snapshot, then stamped into the raster on every frame it
 * shows. The software pipeline rasterizes text slowly (a stroked outline per glyph), so a frame
 * with 400 labels went from most of its time in text to a few copies. The label's left end is
 * rounded to a whole device pixel. Kept by pixel scale, least recently used first out beyond a
 * bound ({@link RasterLimits#labelPixels}). Leader lines are stamped under their names ({@link
 * LeaderSprite}), made once for the labels of a view. FX thread only.
 */
final class LabelSprites {
  private static final double PAD = 4;
  private static final double HALF_HEIGHT = 12;
  private static final int ATLAS_WIDTH = 2048;
  private static final int MAX_ATLAS_HEIGHT = 2048;

  private final PlaceSet set;
  private final long maxPixels;
  private long cachedPixels;
  private final LinkedHashMap<Long, Sprite> sprites = new LinkedHashMap<>(256, 0.75f, true);
  private final Map<PlacedLabel.Leader, LeaderSprite> leaders = new HashMap<>();
  private double leaderScale;

  /** The label sprites of a set, kept up to {@code maxPixels}. */
  LabelSprites(PlaceSet set, long maxPixels) {
    this.set = set;
    this.maxPixels = maxPixels;
  }

  /** Whether these are the sprites of a set. */
  boolean isFor(PlaceSet s) {
    return set == s;
  }

  /** How many pixels the sprites kept hold. */
  long pixels() {
    return cachedPixels;
  }

  /**
   * Queues the stamps of {@code labels} at pixel scale {@code scale}, in order, over their leader
   * lines.
   */
  void queue(StampQueue queue, List<PlacedLabel> labels, double scale) {
    queueLeaders(queue, labels, scale);
    List<PlacedLabel> missing = new ArrayList<>();
    for (PlacedLabel label : labels) {
      if (sprites.get(key(label.i(), scale)) == null) {
        missing.add(label);
      }
    }
    List<Sprite> made = new ArrayList<>();
    for (int from = 0; from < missing.size(); ) {
      from = render(missing, from, scale, made);
    }
    for (int k = 0; k < missing.size(); k++) {
      Sprite s = made.get(k);
      sprites.put(key(missing.get(k).i(), scale), s);
      cachedPixels += s.pixels().length;
    }
    for (PlacedLabel label : labels) {
      Sprite s = sprites.get(key(label.i(), scale));
      queue.add(s, (int) Math.round(label.x() * scale), (int) Math.round(label.y() * scale));
    }
    // The labels of this frame are the most recently used: drop the least recently used others.
    var eldest = sprites.entrySet().iterator();
    int keep = labels.size();
    while (cachedPixels > maxPixels && sprites.size() > keep && eldest.hasNext()) {
      cachedPixels -= eldest.next().getValue().pixels().length;
      eldest.remove();
    }
  }

  /** Queues the leader lines of {@code labels}, made once for the labels of a view. */
  private void queueLeaders(StampQueue queue, List<PlacedLabel> labels, double scale) {
    if (scale != leaderScale || leaders.size() > 2 * labels.size()) {
      leaders.clear();
      leaderScale = scale;
    }
    for (PlacedLabel label : labels) {
      if (label.leader() != null) {
        LeaderSprite s = leaders.computeIfAbsent(label.leader(), l -> LeaderSprite.of(l, scale));
        queue.add(s.sprite(), s.x(), s.y());
      }
    }
  }

  private static long key(int i, double scale) {
    return (long) i << 16 | Math.round(scale * 256) & 0xFFFF;
  }

  /**
   * Renders labels from {@code from} on, as many as fit one atlas, appending their sprites to
   * {@code out}; returns the index of the first label not rendered.
   */
  private int render(List<PlacedLabel> labels, int from, double scale, List<Sprite> out) {
    int cellH = (int) Math.ceil(2 * HALF_HEIGHT * scale);
    int originX = (int) Math.ceil(PAD * scale);
    int originY = (int) Math.ceil(HALF_HEIGHT * scale);
    List<int[]> cells = new ArrayList<>();
    int x = 0;
    int y = 0;
    int to = from;
    while (to < labels.size()) {
      int cellW =
          Math.min(
              ATLAS_WIDTH,
              (int) Math.ceil((set.labelWidth(labels.get(to).i()) + 2 * PAD) * scale) + 1);
      if (x + cellW > ATLAS_WIDTH) {
        x = 0;
        y += cellH;
      }
      if (y + cellH > MAX_ATLAS_HEIGHT && to > from) {
        break;
      }
      cells.add(new int[] {x, y, cellW});
      x += cellW;
      to++;
    }
    int atlasH = y + cellH;
    Canvas atlas = new Canvas(ATLAS_WIDTH, atlasH);
    GraphicsContext gc = atlas.getGraphicsContext2D();
    gc.setTextBaseline(VPos.CENTER);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setLineWidth(LabelStyle.HALO_WIDTH);
    for (int k = from; k < to; k++) {
      int[] cell = cells.get(k - from);
      gc.setTransform(scale, 0, 0, scale, cell[0] + originX, cell[1] + originY);
      LabelStyle.draw(gc, set, labels.get(k).i(), 0, 0);
    }
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(Color.TRANSPARENT);
    WritableImage image = atlas.snapshot(params, null);
    int[] pixels = new int[ATLAS_WIDTH * atlasH];
    image
        .getPixelReader()
        .getPixels(
            0, 0, ATLAS_WIDTH, atlasH, PixelFormat.getIntArgbPreInstance(), pixels, 0, ATLAS_WIDTH);
    for (int k = from; k < to; k++) {
      int[] cell = cells.get(k - from);
      int w = cell[2];
      int[] sprite = new int[w * cellH];
      for (int row = 0; row < cellH; row++) {
        System.arraycopy(pixels, (cell[1] + row) * ATLAS_WIDTH + cell[0], sprite, row * w, w);
      }
      out.add(new Sprite(w, cellH, originX, originY, sprite));
    }
    return to;
  }
}
