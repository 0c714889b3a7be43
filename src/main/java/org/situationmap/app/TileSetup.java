package org.situationmap.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.situationmap.io.basemap.Basemap;
import org.situationmap.map.tiles.OfflineTileRenderer;
import org.situationmap.map.tiles.OfflineTileSource;
import org.situationmap.map.tiles.OsmTileSource;
import org.situationmap.map.tiles.TileService;

/** Creates and installs the process-wide tile service (once). */
final class TileSetup {
  static final String OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

  private TileSetup() {}

  static synchronized TileService installOnce() {
    try {
      return TileService.current();
    } catch (IllegalStateException notYet) {
      OfflineTileSource offline = new OfflineTileSource(memoize(TileSetup::loadRenderer));
      OsmTileSource osm =
          OsmTileSource.networkDisabled()
              ? null
              : new OsmTileSource(OSM_URL, cacheDir(), AppInfo.userAgent());
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

  private static Path cacheDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("situation-map").resolve("osm-tiles");
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
