package org.situationmap.export;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.situationmap.map.tiles.BasemapKind;
import org.situationmap.map.tiles.OsmTileSource;
import org.situationmap.text.Message;

/**
 * OpenStreetMap tiles — from an {@link OsmTileSource} (its disk cache and usage policy) or from the
 * app's tile service — falling back to offline tiles when a tile cannot be had; the first fallback
 * is reported once.
 */
public final class OsmTiles implements TileSupplier {
  /** Where online tiles come from. */
  @FunctionalInterface
  public interface TileFetcher {
    /** The tile, completing exceptionally when it cannot be had. */
    CompletableFuture<Image> tile(int zoom, long x, long y);
  }

  private final TileFetcher osm;
  private final TileSupplier fallback;
  private final Consumer<Message> warnings;
  private final AtomicBoolean warned = new AtomicBoolean();
  private final AtomicBoolean fellBack = new AtomicBoolean();

  /** OSM tiles with a fallback; {@code warnings} hears about the first failed tile. */
  public OsmTiles(OsmTileSource osm, TileSupplier fallback, Consumer<Message> warnings) {
    this(osm::tile, fallback, warnings);
  }

  /**
   * Online tiles from any fetcher, with a fallback; {@code warnings} hears about the first failure.
   */
  public OsmTiles(TileFetcher osm, TileSupplier fallback, Consumer<Message> warnings) {
    this.osm = osm;
    this.fallback = fallback;
    this.warnings = warnings;
  }

  @Override
  public Image tile(int zoom, long x, long y, int pixelRatio) {
    try {
      return osm.tile(zoom, x, y).get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      if (cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (warned.compareAndSet(false, true)) {
        warnings.accept(
            Message.of(
                "export.osm.fallback",
                "zoom",
                zoom,
                "x",
                x,
                "y",
                y,
                "problem",
                String.valueOf(cause.getMessage())));
      }
      fellBack.set(true);
      return fallback.tile(zoom, x, y, pixelRatio);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fallback.tile(zoom, x, y, pixelRatio);
    }
  }

  @Override
  public String attribution() {
    return fellBack.get()
        ? BasemapKind.OSM.attribution() + "; " + fallback.attribution()
        : BasemapKind.OSM.attribution();
  }
}
