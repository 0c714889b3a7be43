package org.situationmap.map.tiles;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.image.Image;

/**
 * The {@link TileRetriever} that Gluon Maps finds through {@code ServiceLoader}; it serves tiles
 * from the installed {@link TileService} (offline by default, OpenStreetMap on request).
 */
public final class SituationTileRetriever implements TileRetriever {
  private static final AtomicLong DELIVERED = new AtomicLong();

  @Override
  public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
    return TileService.current()
        .tile(zoom, i, j)
        .whenComplete(
            (image, failure) -> {
              if (image != null) {
                DELIVERED.incrementAndGet();
              }
            });
  }

  /** How many tiles were delivered in this process (for the startup measurement). */
  public static long deliveredCount() {
    return DELIVERED.get();
  }
}
