package org.situationmap.ui.export;

import org.situationmap.export.OfflineTiles;
import org.situationmap.export.OsmTiles;
import org.situationmap.export.TileSupplier;
import org.situationmap.map.tiles.BasemapKind;
import org.situationmap.map.tiles.TileService;

/**
 * The basemap the person chose, for exports: offline tiles from the renderer the screen already
 * uses (sharp at 2×), or the app's OpenStreetMap tiles with their disk cache, falling back to
 * offline tiles, so that the image credits the tiles it shows.
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
    // The map reports failing online tiles in the status bar; the export only credits them.
    return new OsmTiles(service::osmTile, offline, message -> {});
  }
}
