package org.situationmap.export;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.situationmap.map.tiles.BasemapKind;
import org.situationmap.map.tiles.BasemapNames;
import org.situationmap.map.tiles.OsmTileSource;
import org.situationmap.map.tiles.TileFetchException;
import org.situationmap.text.Message;

/**
 * OpenStreetMap tiles — from an {@link OsmTileSource} (its disk cache and usage policy) or from the
 * app's tile service — falling back to offline tiles when a tile cannot be had; the first fallback
 * is reported once. The attribution names the sources of the tiles actually returned.
 */
public final class OsmTiles implements TileSupplier {
  /** Where online tiles come from. */
  @FunctionalInterface
  public interface TileFetcher {
    /** The tile, completing exceptionally when it cannot be had. */
    CompletableFuture<Image> tile(int zoom, long x, long y);
  }

  private final TileFetcher osm;
  private final OfflineTiles fallback;
  private final Consumer<Message> warnings;
  private final AtomicBoolean warned = new AtomicBoolean();
  private final AtomicBoolean gotOsm = new AtomicBoolean();
  private final AtomicBoolean fellBack = new AtomicBoolean();

  /** OSM tiles with a fallback; {@code warnings} hears about the first failed tile. */
  public OsmTiles(OsmTileSource osm, OfflineTiles fallback, Consumer<Message> warnings) {
    this(osm::tile, fallback, warnings);
  }

  /**
   * Online tiles from any fetcher, with a fallback; {@code warnings} hears about the first failure.
   */
  public OsmTiles(TileFetcher osm, OfflineTiles fallback, Consumer<Message> warnings) {
    this.osm = osm;
    this.fallback = fallback;
    this.warnings = warnings;
  }

  @Override
  public Image tile(int zoom, long x, long y, int pixelRatio) {
    try {
      Image image = osm.tile(zoom, x, y).get(30, TimeUnit.SECONDS);
      gotOsm.set(true);
      return image;
    } catch (ExecutionException | TimeoutException e) {
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
                TileFetchException.problemOf(e)));
      }
      fellBack.set(true);
      return fallback.tile(zoom, x, y, pixelRatio);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fellBack.set(true);
      return fallback.tile(zoom, x, y, pixelRatio);
    }
  }

  /**
   * The credit for the tiles returned so far: OpenStreetMap's, the offline basemap's, or both when
   * offline tiles stood in for some ({@link BasemapKind#credit}); OpenStreetMap's before any tile.
   */
  @Override
  public String attribution() {
    Set<BasemapKind> drawn = EnumSet.noneOf(BasemapKind.class);
    if (gotOsm.get() || !fellBack.get()) {
      drawn.add(BasemapKind.OSM);
    }
    if (fellBack.get()) {
      drawn.add(BasemapKind.OFFLINE);
    }
    return BasemapKind.credit(drawn);
  }

  /**
   * The offline basemap's names when every tile returned so far was an offline one; none while
   * online tiles, which carry their own names, are among them.
   */
  @Override
  public BasemapNames names() {
    return fellBack.get() && !gotOsm.get() ? fallback.names() : null;
  }
}
