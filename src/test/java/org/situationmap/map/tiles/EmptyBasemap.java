package org.situationmap.map.tiles;

import java.util.List;
import org.situationmap.io.basemap.Basemap;
import org.situationmap.io.basemap.BasemapLayer;

/** A basemap with no features, for tests that need tiles but not geography. */
final class EmptyBasemap {
  private EmptyBasemap() {}

  static Basemap create() {
    return new Basemap(layer("coast"), layer("oblasts"), layer("borders"), layer("rivers"));
  }

  private static BasemapLayer layer(String name) {
    return new BasemapLayer(name, List.of());
  }
}
