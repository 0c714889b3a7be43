package org.situationmap.ui.export;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import javafx.scene.image.Image;
import org.situationmap.export.OfflineTiles;
import org.situationmap.export.TileSupplier;
import org.situationmap.map.tiles.BasemapKind;
import org.situationmap.map.tiles.TileService;

/**
 * The basemap the person chose, for exports: offline tiles from the shared renderer (sharp at 2×),
 * or the app's OpenStreetMap tiles with their disk cache and offline fallback.
 */
final class AppTiles {
  private static OfflineTiles offline;

  private AppTiles() {}

  static synchronized OfflineTiles offline() throws IOException {
    if (offline == null) {
      offline = OfflineTiles.bundled();
    }
    return offline;
  }

  /** Tiles of the basemap shown now. */
  static TileSupplier current() throws IOException {
    TileService service = TileService.current();
    if (service.kind() == BasemapKind.OFFLINE) {
      return offline();
    }
    OfflineTiles fallback = offline();
    return new TileSupplier() {
      private volatile boolean fellBack;

      @Override
      public Image tile(int zoom, long x, long y, int pixelRatio) {
        try {
          return service.tile(zoom, x, y).get();
        } catch (ExecutionException e) {
          fellBack = true;
          return fallback.tile(zoom, x, y, pixelRatio);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return fallback.tile(zoom, x, y, pixelRatio);
        }
      }

      @Override
      public String attribution() {
        // the service falls back to offline tiles itself; say both when in doubt
        return fellBack
            ? BasemapKind.OSM.attribution() + "; " + fallback.attribution()
            : BasemapKind.OSM.attribution();
      }
    };
  }
}
