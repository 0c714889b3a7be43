package org.situationmap.map.places.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Symbols of a status are added up as coverage and then coloured: eight bytes at once, the same
 * pixels as a sprite for a symbol alone, in any order of stamps, and clipped to whole tiles.
 */
class CoveragePlanesTest {
  private static final PaintedShape FILL =
      new PaintedShape(PaintedShape.Shape.DIAMOND, 5.3, 0, 0xFFE69F00);
  private static final PaintedShape OUTLINE =
      new PaintedShape(PaintedShape.Shape.DIAMOND, 5.3, 1.2, 0xFFFFFFFF);

  @Test
  void eightCoveragesAreAddedAtOnceAndCappedAtFull() {
    Random random = new Random(2);
    for (int n = 0; n < 20_000; n++) {
      long a = 0;
      long b = 0;
      for (int k = 0; k < 8; k++) {
        a |= (long) random.nextInt(CoverageMask.FULL + 1) << (8 * k);
        b |= (long) random.nextInt(CoverageMask.FULL + 1) << (8 * k);
      }
      long sum = CoveragePlanes.add8(a, b);
      for (int k = 0; k < 8; k++) {
        int expected =
            (int) Math.min(CoverageMask.FULL, ((a >>> 8 * k) & 0xFF) + ((b >>> 8 * k) & 0xFF));
        assertEquals(expected, (sum >>> 8 * k) & 0xFF, "byte " + k);
      }
    }
  }

  @Test
  void aSymbolAloneHasItsSpritesPixels() {
    for (int fx = 0; fx < SubPixels.SUB; fx++) {
      for (int phase = 0; phase < 8; phase++) {
        ArgbRaster expected = new ArgbRaster(40, 30);
        Arrays.fill(expected.pixels, 0x80404040);
        int x = 17 + phase;
        expected.stamp(Sprite.render(FILL, null, fx, 1), x, 12);
        expected.stamp(Sprite.render(OUTLINE, null, fx, 1), x, 12);

        ArgbRaster got = new ArgbRaster(40, 30);
        Arrays.fill(got.pixels, 0x80404040);
        CoveragePlanes planes = new CoveragePlanes(40, 30);
        planes.stamp(CoverageMask.render(FILL, OUTLINE, fx, 1), x, 12, 0, 30, 0, planes.longs);
        planes.composite(got.pixels, 0, 30, ink(FILL), ink(OUTLINE));
        assertArrayEquals(expected.pixels, got.pixels, "offset " + fx + ", x " + x);
      }
    }
  }

  @Test
  void aShapeTooSmallToCoverASampleStampsNothing() {
    var dot = new PaintedShape(PaintedShape.Shape.CIRCLE, 0.05, 0, 0xFFFFFFFF);
    var ring = new PaintedShape(PaintedShape.Shape.CIRCLE, 0.05, 0.02, 0xFFFFFFFF);
    CoverageMask m = CoverageMask.render(dot, ring, 0, 0);
    assertEquals(0, m.rows);
    int[] pixels = new int[16 * 16];
    CoveragePlanes planes = new CoveragePlanes(16, 16);
    planes.stamp(m, 8, 8, 0, 16, 0, planes.longs);
    planes.composite(pixels, 0, 16, ink(FILL), ink(OUTLINE));
    assertArrayEquals(new int[16 * 16], pixels);
  }

  @Test
  void theOrderOfStampsDoesNotMatterAndTilesClipToWholeLongs() {
    Random random = new Random(5);
    List<int[]> at = new ArrayList<>();
    for (int n = 0; n < 300; n++) {
      at.add(new int[] {random.nextInt(110) - 5, random.nextInt(90) - 5, random.nextInt(4)});
    }
    int[] inOrder = paint(at, 0, 100, 0, 13);
    Collections.shuffle(at, random);
    assertArrayEquals(inOrder, paint(at, 0, 100, 0, 13), "shuffled");
    // the same in two bands of rows and in 32-pixel columns (4 longs), as the painting threads do
    int[] pieces = new int[inOrder.length];
    for (int top = 0; top < 100; top += 50) {
      for (int from = 0; from < 13; from += 4) {
        int[] part = paint(at, top, top + 50, from, from + 4);
        for (int i = 0; i < part.length; i++) {
          pieces[i] |= part[i];
        }
      }
    }
    assertArrayEquals(inOrder, pieces, "painted in pieces");
    assertTrue(Arrays.stream(inOrder).filter(p -> p != 0).count() > 5000, "the symbols are drawn");
  }

  /**
   * Paints masks at (x, y, offset) in rows [top, bottom) and longs [from, to) of a 100×100 raster.
   */
  private static int[] paint(List<int[]> at, int top, int bottom, int from, int to) {
    ArgbRaster raster = new ArgbRaster(100, 100);
    CoveragePlanes planes = new CoveragePlanes(100, 100);
    for (int[] a : at) {
      planes.stamp(
          CoverageMask.render(FILL, OUTLINE, a[2], 3 - a[2]), a[0], a[1], top, bottom, from, to);
    }
    planes.composite(raster.pixels, 0, 100, ink(FILL), ink(OUTLINE));
    return raster.pixels;
  }

  private static int[] ink(PaintedShape layer) {
    return CoveragePlanes.ink(layer.argb());
  }
}
