package org.situationmap.map.tiles;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Offline basemap tiles for the screen: renders with {@link OfflineTileRenderer} on a background
 * thread and keeps the most recently used tiles in a bounded in-memory cache. Thread-safe.
 */
public final class OfflineTileSource {
  /** At 256 KiB per tile, 384 tiles stay under 100 MiB. */
  static final int CACHE_TILES = 384;

  private final Supplier<OfflineTileRenderer> renderer;
  private final ExecutorService executor =
      Executors.newFixedThreadPool(2, TileThreads.named("offline-tiles"));
  private final Map<Long, Image> cache =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
          return size() > CACHE_TILES;
        }
      };

  /** Creates a source; the renderer is asked for lazily, on a background thread. */
  public OfflineTileSource(Supplier<OfflineTileRenderer> renderer) {
    this.renderer = renderer;
  }

  /**
   * The renderer behind these tiles (loaded on first use), for drawing the same basemap elsewhere.
   */
  public OfflineTileRenderer renderer() {
    return renderer.get();
  }

  /** The tile, from the cache when present (then already complete), else rendered in background. */
  public CompletableFuture<Image> tile(int zoom, long x, long y) {
    long key = key(zoom, x, y);
    Image cached;
    synchronized (cache) {
      cached = cache.get(key);
    }
    if (cached != null) {
      return CompletableFuture.completedFuture(cached);
    }
    return CompletableFuture.supplyAsync(
        () -> {
          Image img = toFx(renderer.get().render(zoom, x, y));
          synchronized (cache) {
            cache.put(key, img);
          }
          return img;
        },
        executor);
  }

  static long key(int zoom, long x, long y) {
    return ((long) zoom << 58) | (x << 29) | y;
  }

  /** Copies an ARGB image into a JavaFX image (no javafx-swing needed). */
  public static WritableImage toFx(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
    WritableImage fx = new WritableImage(w, h);
    fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    return fx;
  }
}
