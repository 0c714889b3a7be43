package org.situationmap.map.tiles;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.situationmap.text.Message;

/**
 * The process-wide tile configuration that {@link SituationTileRetriever} serves from. Gluon Maps
 * instantiates its {@code TileRetriever} through {@code ServiceLoader} with no arguments, so the
 * application installs the sources here once at start-up. Each choice of basemap starts new {@link
 * TileCredits}, which hear where every tile served for it came from. Thread-safe.
 */
public final class TileService {
  private static volatile TileService current;

  private final OfflineTileSource offline;
  private final OsmTileSource osm;
  private volatile TileCredits credits = new TileCredits(BasemapKind.OFFLINE);
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
    return credits.chosen();
  }

  /** Chooses the basemap for tiles requested from now on, with new {@link #credits()}. */
  public void setKind(BasemapKind kind) {
    credits = new TileCredits(Objects.requireNonNull(kind));
  }

  /** Where the tiles served since the basemap was last chosen came from. */
  public TileCredits credits() {
    return credits;
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

  /**
   * An OpenStreetMap tile with no fallback: it fails (with a {@link TileFetchException}) when it
   * cannot be had, also when online tiles are switched off.
   */
  public CompletableFuture<Image> osmTile(int zoom, long x, long y) {
    return osm == null
        ? CompletableFuture.failedFuture(
            new TileFetchException(Message.of("tiles.problem.networkOff"), null))
        : osm.tile(zoom, x, y);
  }

  /**
   * A tile from the chosen basemap, falling back to the offline tile when an online one fails;
   * either way the current {@link #credits()} hear where it came from.
   */
  public CompletableFuture<Image> tile(int zoom, long x, long y) {
    TileCredits view = credits;
    if (view.chosen() == BasemapKind.OFFLINE) {
      return offlineTile(view, zoom, x, y);
    }
    if (osm == null) {
      fallbackListener.accept(Message.of("tiles.offlineOnly"));
      return offlineTile(view, zoom, x, y);
    }
    return osm.tile(zoom, x, y)
        .handle(
            (img, error) -> {
              if (error == null) {
                view.drew(BasemapKind.OSM);
                return CompletableFuture.completedFuture(img);
              }
              fallbackListener.accept(
                  Message.of(
                      "tiles.osmUnavailable", "problem", TileFetchException.problemOf(error)));
              return offlineTile(view, zoom, x, y);
            })
        .thenCompose(f -> f);
  }

  private CompletableFuture<Image> offlineTile(TileCredits view, int zoom, long x, long y) {
    return offline
        .tile(zoom, x, y)
        .whenComplete(
            (img, error) -> {
              if (img != null) {
                view.drew(BasemapKind.OFFLINE);
              }
            });
  }
}
