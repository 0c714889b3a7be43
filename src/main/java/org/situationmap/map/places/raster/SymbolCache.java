package org.situationmap.map.places.raster;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The symbol images the rasters make, kept for reuse: sprites and coverage masks by shape, size,
 * colour and quarter-pixel offset. They do not depend on any layer, so one cache serves every view
 * (the live map and its exports). Bounded by the bytes its images hold: beyond {@link #maxBytes()}
 * the least recently used go first (one image is kept even if larger). Thread-safe.
 */
public final class SymbolCache {
  /** The bound of a cache made with {@link #SymbolCache()}. */
  public static final long DEFAULT_MAX_BYTES = 96L << 20;

  private final long maxBytes;
  private final LinkedHashMap<Object, Object> images = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;

  /** A cache bounded by {@link #DEFAULT_MAX_BYTES}. */
  public SymbolCache() {
    this(DEFAULT_MAX_BYTES);
  }

  /** A cache bounded by {@code maxBytes}. */
  public SymbolCache(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("the bound must be positive, got " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  private record SpriteKey(PaintedShape a, PaintedShape b, int fx, int fy) {}

  private record MaskKey(PaintedShape fill, PaintedShape outline, int fx, int fy) {}

  /** The sprite of {@code a} then {@code b} (may be null) at a quarter-pixel offset. */
  Sprite sprite(PaintedShape a, PaintedShape b, int fx, int fy) {
    SpriteKey key = new SpriteKey(a, b, fx, fy);
    Sprite s = (Sprite) get(key);
    if (s == null) {
      s = Sprite.render(a, b, fx, fy);
      put(key, s, s.bytes());
    }
    return s;
  }

  /** The coverage mask of a symbol's fill and outline at a quarter-pixel offset. */
  CoverageMask mask(PaintedShape fill, PaintedShape outline, int fx, int fy) {
    MaskKey key = new MaskKey(fill, outline, fx, fy);
    CoverageMask m = (CoverageMask) get(key);
    if (m == null) {
      m = CoverageMask.render(fill, outline, fx, fy);
      put(key, m, m.bytes());
    }
    return m;
  }

  /** The bound on the bytes held. */
  public long maxBytes() {
    return maxBytes;
  }

  /** About how many bytes the images held now take. */
  public synchronized long bytes() {
    return bytes;
  }

  /** How many images are held. */
  public synchronized int size() {
    return images.size();
  }

  private synchronized Object get(Object key) {
    return images.get(key);
  }

  private synchronized void put(Object key, Object image, long size) {
    Object was = images.put(key, image);
    if (was != null) {
      bytes -= bytesOf(was); // made twice by two threads at once: keep the later
    }
    bytes += size;
    Iterator<Map.Entry<Object, Object>> eldest = images.entrySet().iterator();
    while (bytes > maxBytes && images.size() > 1) {
      bytes -= bytesOf(eldest.next().getValue());
      eldest.remove();
    }
  }

  private static long bytesOf(Object image) {
    return image instanceof Sprite s ? s.bytes() : ((CoverageMask) image).bytes();
  }
}
