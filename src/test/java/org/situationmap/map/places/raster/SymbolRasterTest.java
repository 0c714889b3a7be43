package org.situationmap.map.places.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.export.HeadlessFx;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.places.PlaceStyle;
import org.situationmap.map.places.Projection;
import org.situationmap.testing.GeneratedLayer;
import org.situationmap.timeline.TimelineIndex;

/**
 * The raster's parts: premultiplied blending, sprites of the reference shapes, stamping by runs,
 * and painting on two threads with the same pixels as on one.
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
      int got = ArgbRaster.over(src, dst, 255 - sa);
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
    var fill = new PaintedShape(PaintedShape.Shape.CIRCLE, 5, 0, BLUE);
    Sprite circle = Sprite.render(fill, null, 0, 0);
    assertEquals(BLUE, at(circle, 0, 0), "centre");
    assertEquals(BLUE, at(circle, 2, 2), "inside (at most 4.3 from the centre)");
    assertEquals(0, at(circle, 4, 4), "outside (6.4 from the centre)");
    assertEquals(0, at(circle, 5, 0), "outside (5.5 from the centre)");

    var square = new PaintedShape(PaintedShape.Shape.SQUARE, 5, 0, BLUE);
    Sprite sq = Sprite.render(square, null, 0, 0);
    assertEquals(BLUE, at(sq, 3, 3), "square corner region is filled (half side 4.5)");
    assertEquals(0, at(sq, 5, 0), "outside the square");

    var diamond = new PaintedShape(PaintedShape.Shape.DIAMOND, 4, 0, BLUE);
    Sprite di = Sprite.render(diamond, null, 0, 0);
    assertEquals(BLUE, at(di, 3, 0), "towards the diamond's tip (it reaches 5)");
    assertEquals(0, at(di, 3, 3), "outside the diamond's side");

    // A 1.2-pixel white outline on the circle's edge: the pixel centred 0.5 inside the edge is
    // 0.6 covered; the centre and far outside are empty.
    var outline = new PaintedShape(PaintedShape.Shape.CIRCLE, 5, 1.2, 0xFFFFFFFF);
    Sprite ring = Sprite.render(outline, null, 0, 0);
    assertEquals(0, at(ring, 0, 0));
    int alpha = at(ring, 4, 0) >>> 24;
    assertTrue(alpha > 140 && alpha < 170, "edge coverage " + alpha);
    assertEquals(0, at(ring, 7, 0));
  }

  @Test
  void stampingByRunsBlendsEveryPixelAndClipsAtTheEdges() {
    var fill = new PaintedShape(PaintedShape.Shape.DIAMOND, 5, 0, 0xFFE69F00);
    var ring = new PaintedShape(PaintedShape.Shape.CIRCLE, 6, 2, 0x800072B2);
    Sprite s = Sprite.render(fill, ring, 1, 3);
    int[][] at = {{10, 10}, {0, 0}, {19, 5}, {3, 14}, {-4, 7}, {25, 25}};
    ArgbRaster raster = new ArgbRaster(20, 15);
    int[] expected = new int[20 * 15];
    Arrays.fill(raster.pixels, 0x80404040);
    Arrays.fill(expected, 0x80404040);
    for (int[] c : at) {
      raster.stamp(s, c[0], c[1]);
      for (int y = 0; y < s.h(); y++) {
        for (int x = 0; x < s.w(); x++) {
          int dx = c[0] - s.cx() + x;
          int dy = c[1] - s.cy() + y;
          if (dx >= 0 && dy >= 0 && dx < 20 && dy < 15) {
            int p = s.pixels()[y * s.w() + x];
            expected[dy * 20 + dx] = ArgbRaster.over(p, expected[dy * 20 + dx], 255 - (p >>> 24));
          }
        }
      }
    }
    assertArrayEquals(expected, raster.pixels);
  }

  @Test
  void paintingOnTwoThreadsGivesTheSamePixels() throws Exception {
    // The painter splits a frame over two threads only when the JVM offers two processors; the
    // test build fixes that at two (-XX:ActiveProcessorCount=2 in the pom), so the split runs on
    // any machine, also pinned to one core. Without it this would compare a frame with itself.
    assertTrue(
        Runtime.getRuntime().availableProcessors() > 1,
        "the test JVM offers one processor: run it with -XX:ActiveProcessorCount=2");
    TimelineIndex index = GeneratedLayer.index(8000, 7);
    PlaceFrame frame = PlaceFrame.at(PlaceSet.of(index), LocalDate.of(2023, 9, 1), -1);
    Projection p = Projection.centredOn(48.55, 38.75, 7.9, 640, 400);
    double factor = PlaceStyle.zoomFactor(p.zoom());
    int[] visible = frame.set().visible(p, 640, 400, factor);
    int[][] pixels = new int[2][];
    for (int k = 0; k < 2; k++) {
      RasterLimits limits = new RasterLimits(4000, k == 0 ? Integer.MAX_VALUE : 0, 1 << 20);
      SymbolRaster r = new SymbolRaster(new SymbolCache(), limits);
      HeadlessFx.call(() -> r.paint(frame, p, visible, factor, 640, 401, 1, List.of()));
      pixels[k] = r.pixels().clone();
    }
    assertArrayEquals(pixels[0], pixels[1]);
    assertTrue(Arrays.stream(pixels[0]).filter(v -> v != 0).count() > 10_000);
  }

  /** The pixel (dx, dy) from a sprite's centre pixel. */
  private static int at(Sprite s, int dx, int dy) {
    return s.pixels()[(s.cy() + dy) * s.w() + s.cx() + dx];
  }
}
