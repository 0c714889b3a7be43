package org.situationmap.export;

import javafx.scene.image.Image;
import org.situationmap.map.tiles.BasemapNames;

/** Where an export's basemap tiles come from. Implementations are thread-safe. */
public interface TileSupplier {
  /**
   * Tile (x, y) at an integer zoom, 256 × {@code pixelRatio} pixels square when the source can
   * render sharper tiles, else 256 (the caller scales). Blocks; never called on the FX thread.
   */
  Image tile(int zoom, long x, long y, int pixelRatio);

  /** The attribution the image must show, e.g. "© OpenStreetMap contributors". */
  String attribution();

  /** The names to write over these tiles, or null when the tiles carry their own (online tiles). */
  default BasemapNames names() {
    return null;
  }
}
