package org.situationmap.map.tiles;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.situationmap.text.Message;

/**
 * The process-wide tile configuration that {@link SituationTileRetriever} serves from. Gluon Maps
 * instantiates its {@code TileRetriever} through {@code ServiceLoader} with no arguments, so the
 * application installs the sources here once at start-up. Thread-safe.
 */
public final class TileService {
  private static volatile TileService current;

  private final OfflineTileSource offline;
  private final OsmTileSource osm;
  private volatile BasemapKind kind = BasemapKind.OFFLINE;
  private volatile Consumer<Message> fallbackListener = message -> {};

  /** Creates a service; {@code osm} may be null when online tiles are unavailable. */
  public TileService(OfflineTileSource offline, OsmTileSource osm) {
    this.offline = Objects.requireNonNull(offline);
    this.osm = osm;
  }

  /** Installs the service used by every map view created afterwards. */
  public static void install(TileService service) {
    current = service;
  }

  /** The installed service; fails if the application did not install one. */
  public static TileService current() {
    TileService s = current;
    if (s == null) {
      throw new IllegalStateException("no TileService installed");
    }
    return s;
  }

  /** Which basemap new tiles come from. */
  public BasemapKind kind() {
    return kind;
  }

  /** Chooses the basemap for tiles requested from now on. */
  public void setKind(BasemapKind kind) {
    this.kind = Objects.requireNonNull(kind);
  }

  /**
   * Called (on a background thread) with what happened when an online tile failed and an offline
   * one was used.
   */
  public void setFallbackListener(Consumer<Message> listener) {
    this.fallbackListener = Objects.requireNonNull(listener);
  }

  /** The offline tile source. */
  public OfflineTileSource offline() {
    return offline;
  }

  /** A tile from the chosen basemap, falling back to the offline tile when an online one fails. */
  public CompletableFuture<Image> tile(int zoom, long x, long y) {
    if (kind == BasemapKind.OFFLINE) {
      return offline.tile(zoom, x, y);
    }
    if (osm == null) {
      fallbackListener.accept(Message.of("tiles.offlineOnly"));
      return offline.tile(zoom, x, y);
    }
    return osm.tile(zoom, x, y)
        .handle(
            (img, error) -> {
              if (error == null) {
                return CompletableFuture.completedFuture(img);
              }
              Throwable cause = error.getCause() != null ? error.getCause() : error;
              fallbackListener.accept(
                  Message.of(
                      "tiles.osmUnavailable", "problem", String.valueOf(cause.getMessage())));
              return offline.tile(zoom, x, y);
            })
        .thenCompose(f -> f);
  }
}
