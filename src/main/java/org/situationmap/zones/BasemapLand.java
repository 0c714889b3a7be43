package org.situationmap.zones;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.situationmap.io.basemap.Basemap;
import org.situationmap.io.basemap.BasemapFeature;

/**
 * The land that zones divide, taken from the offline basemap: the Donetsk and Luhansk oblast
 * polygons less the sea and lakes, in web-Mercator metres. Stateless.
 */
public final class BasemapLand {
  /** Basemap oblast names and the {@code admin1} names places use for them. */
  private static final Map<String, String> OBLASTS =
      Map.of("Donetsk", "Donetsk Oblast", "Luhansk", "Luhansk Oblast");

  private BasemapLand() {}

  /** The two oblasts' land regions, Donetsk first. */
  public static List<LandRegion> regions(Basemap basemap) {
    List<Geometry> water = new ArrayList<>();
    for (BasemapFeature f : basemap.coast().features()) {
      String kind = f.property("kind");
      if (("sea".equals(kind) || "lake".equals(kind)) && f.geometry().getDimension() == 2) {
        water.add(f.geometry());
      }
    }
    Geometry allWater = water.isEmpty() ? null : Overlay.union(water);
    List<LandRegion> regions = new ArrayList<>();
    for (String name : List.of("Donetsk", "Luhansk")) {
      for (BasemapFeature f : basemap.oblasts().features()) {
        if (name.equals(f.property("name")) && "UA".equals(f.property("country"))) {
          Geometry land = f.geometry();
          if (allWater != null && allWater.intersects(land)) {
            land = Polygonal.part(Overlay.difference(land, allWater));
          }
          regions.add(LandRegion.of(OBLASTS.get(name), WebMercator.project(land)));
        }
      }
    }
    return regions;
  }
}
