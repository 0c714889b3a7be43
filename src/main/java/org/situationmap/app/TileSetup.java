package org.situationmap.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.situationmap.io.basemap.Basemap;
import org.situationmap.map.tiles.OfflineTileRenderer;
import org.situationmap.map.tiles.OfflineTileSource;
import org.situationmap.map.tiles.OsmTileSource;
import org.situationmap.map.tiles.TileService;

/** Creates and installs the process-wide tile service (once). */
final class TileSetup {

  private TileSetup() {}

  static synchronized TileService installOnce() {
    try {
      return TileService.current();
    } catch (IllegalStateException notYet) {
      OfflineTileSource offline = new OfflineTileSource(memoize(TileSetup::loadRenderer));
      OsmTileSource osm =
          OsmTileSource.networkDisabled()
              ? null
              : new OsmTileSource(
                  OsmTileSource.OSM_URL, OsmTileSource.defaultCacheDir(), AppInfo.userAgent());
      TileService service = new TileService(offline, osm);
      TileService.install(service);
      return service;
    }
  }

  private static OfflineTileRenderer loadRenderer() {
    try {
      return new OfflineTileRenderer(Basemap.loadBundled());
    } catch (IOException e) {
      throw new UncheckedIOException("bundled basemap unreadable", e);
    }
  }

  static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            if (value == null) {
              value = supplier.get();
            }
            v = value;
          }
        }
        return v;
      }
    };
  }
}
