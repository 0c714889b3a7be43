package org.situationmap.map.places.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The symbol images views share are bounded by their bytes, least recently used out first, and an
 * image made again after it went out is the same as before.
 */
class SymbolCacheTest {
  private static final int BLUE = 0xFF0072B2;
  private static final int WHITE = 0xFFFFFFFF;

  private static PaintedShape fill(double r) {
    return new PaintedShape(PaintedShape.Shape.SQUARE, r, 0, BLUE);
  }

  private static PaintedShape outline(double r) {
    return new PaintedShape(PaintedShape.Shape.SQUARE, r, 1.2, WHITE);
  }

  @Test
  void spritesAndMasksStayWithinTheBound() {
    SymbolCache cache = new SymbolCache(256 << 10);
    long made = 0;
    for (double r = 3; r < 20; r += 0.25) {
      for (int f = 0; f < SubPixels.SUB; f++) {
        made += cache.sprite(fill(r), outline(r), f, 3 - f).bytes();
        made += cache.mask(fill(r), outline(r), f, f).bytes();
        assertTrue(cache.bytes() <= cache.maxBytes(), "held " + cache.bytes());
      }
    }
    assertTrue(made > 4 * cache.maxBytes(), "the images made outgrow the bound: " + made);
    assertTrue(cache.bytes() > cache.maxBytes() / 2, "the cache keeps what fits: " + cache.bytes());
  }

  @Test
  void anImageInUseStaysAndOneMadeAgainIsTheSame() {
    SymbolCache cache = new SymbolCache(64 << 10);
    Sprite first = cache.sprite(fill(6), outline(6), 1, 2);
    CoverageMask mask = cache.mask(fill(6), outline(6), 1, 2);
    assertSame(first, cache.sprite(fill(6), outline(6), 1, 2));
    assertSame(mask, cache.mask(fill(6), outline(6), 1, 2));
    for (double r = 7; r < 30; r += 0.5) {
      cache.sprite(fill(r), outline(r), 0, 0);
    }
    Sprite again = cache.sprite(fill(6), outline(6), 1, 2);
    assertNotSame(first, again, "pushed out by newer images");
    assertArrayEquals(first.pixels(), again.pixels());
    assertArrayEquals(first.runs(), again.runs());
  }
}
