package org.situationmap.ui.export;

import org.situationmap.export.OfflineTiles;
import org.situationmap.export.OsmTiles;
import org.situationmap.export.TileSupplier;
import org.situationmap.map.tiles.BasemapKind;
import org.situationmap.map.tiles.TileService;

/**
 * The basemap the person chose, for exports: offline tiles from the renderer the screen already
 * uses (sharp at 2×), or the app's OpenStreetMap tiles with their disk cache and offline fallback.
 */
final class AppTiles {
  private AppTiles() {}

  /** The offline basemap, drawn by the same renderer as the screen's tiles. */
  static OfflineTiles offline() {
    return new OfflineTiles(TileService.current().offline().renderer());
  }

  /** Tiles of the basemap shown now. */
  static TileSupplier current() {
    TileService service = TileService.current();
    OfflineTiles offline = offline();
    if (service.kind() == BasemapKind.OFFLINE) {
      return offline;
    }
    // The service reports its own fallbacks in the status bar.
    return new OsmTiles(service::tile, offline, message -> {});
  }
}
