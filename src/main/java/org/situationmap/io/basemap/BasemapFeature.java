package org.situationmap.io.basemap;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of an offline basemap layer: a JTS geometry in lon/lat degrees (x = lon, y = lat) and
 * its scalar properties as text.
 *
 * @param geometry the geometry, never null
 * @param properties scalar properties (strings and numbers as text), unmodifiable
 */
public record BasemapFeature(Geometry geometry, Map<String, String> properties) {
  /** Validates and copies. */
  public BasemapFeature {
    if (geometry == null) {
      throw new IllegalArgumentException("geometry is required");
    }
    properties = Map.copyOf(properties);
  }

  /** A property's value, or null. */
  public String property(String name) {
    return properties.get(name);
  }
}
