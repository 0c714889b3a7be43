package org.situationmap.export;

import java.io.IOException;
import javafx.scene.image.Image;
import org.situationmap.io.basemap.Basemap;
import org.situationmap.map.tiles.BasemapNames;
import org.situationmap.map.tiles.OfflineTileRenderer;
import org.situationmap.map.tiles.OfflineTileSource;

/** The offline basemap, rendered by the same {@link OfflineTileRenderer} as the screen's tiles. */
public final class OfflineTiles implements TileSupplier {
  private final OfflineTileRenderer renderer;

  /** Tiles from a renderer. */
  public OfflineTiles(OfflineTileRenderer renderer) {
    this.renderer = renderer;
  }

  /** Tiles of the basemap bundled with the application. */
  public static OfflineTiles bundled() throws IOException {
    return new OfflineTiles(new OfflineTileRenderer(Basemap.loadBundled()));
  }

  @Override
  public Image tile(int zoom, long x, long y, int pixelRatio) {
    return OfflineTileSource.toFx(renderer.render(zoom, x, y, pixelRatio));
  }

  @Override
  public String attribution() {
    return Basemap.ATTRIBUTION;
  }

  @Override
  public BasemapNames names() {
    return renderer.names();
  }
}
