package org.situationmap.map.tiles;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;

/**
 * The {@link TileRetriever} that Gluon Maps finds through {@code ServiceLoader}; it serves tiles
 * from the installed {@link TileService} (offline by default, OpenStreetMap on request).
 */
public final class SituationTileRetriever implements TileRetriever {
  @Override
  public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
    return TileService.current().tile(zoom, i, j);
  }
}
