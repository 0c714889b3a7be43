package org.situationmap.io.basemap;

import java.util.List;

/**
 * A named, immutable list of basemap features, with the envelope that covers them all. Thread-safe.
 *
 * @param name the layer's name (the file name without extension, e.g. {@code rivers})
 * @param features the features, unmodifiable
 */
public record BasemapLayer(String name, List<BasemapFeature> features) {
  /** Validates and copies. */
  public BasemapLayer {
    features = List.copyOf(features);
  }
}
