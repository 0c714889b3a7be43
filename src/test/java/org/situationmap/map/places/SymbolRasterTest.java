package org.situationmap.map.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import javafx.scene.canvas.Canvas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.situationmap.export.HeadlessFx;
import org.situationmap.testing.GeneratedLayer;
import org.situationmap.testing.Pixels;
import org.situationmap.timeline.TimelineIndex;

/**
 * The sprite rasterizer draws what the path commands draw: the same shapes, colours and outlines at
 * the same places, pixel for pixel within the golden-image tolerance.
 */
@Tag("ui")
class SymbolRasterTest {
  private static final int BLUE = 0xFF0072B2;

  @BeforeAll
  static void toolkit() throws Exception {
    org.testfx.api.FxToolkit.registerPrimaryStage();
  }

  @Test
  void blendingIsPremultipliedSourceOver() {
    Random random = new Random(1);
    for (int n = 0; n < 10_000; n++) {
      int sa = random.nextInt(256);
      int src = sa << 24 | scaled(random, sa) << 16 | scaled(random, sa) << 8 | scaled(random, sa);
      int da = random.nextInt(256);
      int dst = da << 24 | scaled(random, da) << 16 | scaled(random, da) << 8 | scaled(random, da);
      int got = MarkerRaster.over(src, dst, 255 - sa);
      for (int shift = 0; shift <= 24; shift += 8) {
        double exact = ((src >>> shift) & 0xFF) + ((dst >>> shift) & 0xFF) * (255 - sa) / 255.0;
        assertEquals(exact, (got >>> shift) & 0xFF, 1.0, "channel at " + shift);
      }
    }
  }

  private static int scaled(Random random, int alpha) {
    return random.nextInt(alpha + 1);
  }

  @Test
  void spritesHaveTheReferenceShapes() {
    var fill = new MarkerRaster.Layer(MarkerRaster.Shape.CIRCLE, 5, 0, BLUE);
    MarkerRaster.Sprite circle = MarkerRaster.sprite(fill, null, 0, 0);
    assertEquals(BLUE, at(circle, 0, 0), "centre");
    assertEquals(BLUE, at(circle, 2, 2), "inside (at most 4.3 from the centre)");
    assertEquals(0, at(circle, 4, 4), "outside (6.4 from the centre)");
    assertEquals(0, at(circle, 5, 0), "outside (5.5 from the centre)");

    var square = new MarkerRaster.Layer(MarkerRaster.Shape.SQUARE, 5, 0, BLUE);
    MarkerRaster.Sprite sq = MarkerRaster.sprite(square, null, 0, 0);
    assertEquals(BLUE, at(sq, 3, 3), "square corner region is filled (half side 4.5)");
    assertEquals(0, at(sq, 5, 0), "outside the square");

    var diamond = new MarkerRaster.Layer(MarkerRaster.Shape.DIAMOND, 4, 0, BLUE);
    MarkerRaster.Sprite di = MarkerRaster.sprite(diamond, null, 0, 0);
    assertEquals(BLUE, at(di, 3, 0), "towards the diamond's tip (it reaches 5)");
    assertEquals(0, at(di, 3, 3), "outside the diamond's side");

    // A 1.2-pixel white outline on the circle's edge: the pixel centred 0.5 inside the edge is
    // 0.6 covered; the centre and far outside are empty.
    var outline = new MarkerRaster.Layer(MarkerRaster.Shape.CIRCLE, 5, 1.2, 0xFFFFFFFF);
    MarkerRaster.Sprite ring = MarkerRaster.sprite(outline, null, 0, 0);
    assertEquals(0, at(ring, 0, 0));
    int alpha = at(ring, 4, 0) >>> 24;
    assertTrue(alpha > 140 && alpha < 170, "edge coverage " + alpha);
    assertEquals(0, at(ring, 7, 0));
  }

  @Test
  void stampingByRunsBlendsEveryPixelAndClipsAtTheEdges() {
    var fill = new MarkerRaster.Layer(MarkerRaster.Shape.DIAMOND, 5, 0, 0xFFE69F00);
    var ring = new MarkerRaster.Layer(MarkerRaster.Shape.CIRCLE, 6, 2, 0x800072B2);
    MarkerRaster.Sprite s = MarkerRaster.sprite(fill, ring, 1, 3);
    int[][] at = {{10, 10}, {0, 0}, {19, 5}, {3, 14}, {-4, 7}, {25, 25}};
    MarkerRaster raster = new MarkerRaster(20, 15);
    int[] expected = new int[20 * 15];
    java.util.Arrays.fill(raster.pixels, 0x80404040);
    java.util.Arrays.fill(expected, 0x80404040);
    for (int[] c : at) {
      raster.stamp(s, c[0], c[1]);
      for (int y = 0; y < s.h(); y++) {
        for (int x = 0; x < s.w(); x++) {
          int dx = c[0] - s.cx() + x;
          int dy = c[1] - s.cy() + y;
          if (dx >= 0 && dy >= 0 && dx < 20 && dy < 15) {
            int p = s.pixels()[y * s.w() + x];
            expected[dy * 20 + dx] = MarkerRaster.over(p, expected[dy * 20 + dx], 255 - (p >>> 24));
          }
        }
      }
    }
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected, raster.pixels);
  }

  @Test
  void paintingOnTwoThreadsGivesTheSamePixels() throws Exception {
    TimelineIndex index = GeneratedLayer.index(8000, 7);
    PlaceFrame frame = PlaceFrame.at(PlaceSet.of(index), LocalDate.of(2023, 9, 1), -1);
    Projection p = Projection.centredOn(48.55, 38.75, 7.9, 640, 400);
    double factor = PlaceStyle.zoomFactor(p.zoom());
    int[] visible = PlaceRenderer.visible(frame.set(), p, 640, 400, factor);
    int[][] pixels = new int[2][];
    for (int k = 0; k < 2; k++) {
      StampQueue.parallelAbove = k == 0 ? Integer.MAX_VALUE : 0;
      SymbolRaster r = SymbolRaster.detached(640, 401);
      r.render(frame, p, visible, factor, 1);
      pixels[k] = r.raster().pixels.clone();
    }
    StampQueue.parallelAbove = StampQueue.PARALLEL_ABOVE;
    org.junit.jupiter.api.Assertions.assertArrayEquals(pixels[0], pixels[1]);
    assertTrue(java.util.Arrays.stream(pixels[0]).filter(v -> v != 0).count() > 10_000);
  }

  /** The pixel (dx, dy) from a sprite's centre pixel. */
  private static int at(MarkerRaster.Sprite s, int dx, int dy) {
    return s.pixels()[(s.cy() + dy) * s.w() + s.cx() + dx];
  }

  /**
   * Sparse views meet the golden-image rule (at most 1% of pixels differ by more than 24 in a
   * channel). In the densest view (8,000 places in 400×300 pixels, 40% of the pixels covered by
   * overlapping symbols) the anti-aliasing of overlapping edges differs more often — the path
   * drawing fills all symbols of a status as one path, the raster adds up their coverage (more than
   * the union where edges overlap), and symbols sit on a quarter-pixel grid — so there the rule is
   * a small mean difference.
   */
  @ParameterizedTest(name = "{0} places at zoom {3}, culling above {4}")
  @CsvSource({
    "600, 48.3, 38.0, 9.5, 4000, 0.01, 6",
    "8000, 48.72, 37.56, 12, 4000, 0.01, 6",
    "8000, 48.55, 38.75, 7.9, 100000, 0.12, 10",
    "8000, 48.55, 38.75, 7.9, 100, 0.12, 10"
  })
  void matchesThePathDrawing(
      int places, double lat, double lon, double zoom, int cull, double maxShare, double maxMean)
      throws Exception {
    SymbolRaster.cullAbove = cull;
    TimelineIndex index = GeneratedLayer.index(places, 7);
    PlaceFrame frame = PlaceFrame.at(PlaceSet.of(index), LocalDate.of(2023, 9, 1), -1);
    int w = 400;
    int h = 300;
    Projection p = Projection.centredOn(lat, lon, zoom, w, h);
    int[][] images =
        HeadlessFx.call(
            () -> new int[][] {snapshot(frame, p, w, h, true), snapshot(frame, p, w, h, false)});
    int differing = 0;
    int drawn = 0;
    double difference = 0;
    for (int i = 0; i < w * h; i++) {
      if (!near(images[0][i], images[1][i])) {
        differing++;
      }
      for (int shift = 0; shift <= 16; shift += 8) {
        difference += Math.abs(((images[0][i] >> shift) & 0xFF) - ((images[1][i] >> shift) & 0xFF));
      }
      if (images[1][i] != 0xFFFFFFFF) {
        drawn++;
      }
    }
    SymbolRaster.cullAbove = SymbolRaster.CULL_ABOVE;
    assertTrue(drawn > 500, "the view shows symbols: " + drawn);
    double mean = difference / (3.0 * drawn);
    assertTrue(mean < maxMean, "mean difference per channel of drawn pixels " + mean);
    assertTrue(
        differing <= maxShare * w * h,
        differing + " of " + w * h + " pixels differ (drawn " + drawn + ")");
  }

  private static int[] snapshot(PlaceFrame frame, Projection p, int w, int h, boolean raster) {
    Canvas canvas = new Canvas(w, h);
    var gc = canvas.getGraphicsContext2D();
    int[] visible = PlaceRenderer.visible(frame.set(), p, w, h, PlaceStyle.zoomFactor(p.zoom()));
    double factor = PlaceStyle.zoomFactor(p.zoom());
    if (raster) {
      SymbolRaster.draw(frame, gc, p, visible, factor, w, h, 1, java.util.List.of());
    } else {
      SymbolPaths.draw(frame, gc, p, visible, factor);
    }
    return Pixels.onWhite(canvas);
  }

  private static boolean near(int a, int b) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 24) {
        return false;
      }
    }
    return true;
  }
}
