package org.situationmap.map.tiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.situationmap.io.basemap.Basemap;

/**
 * The basemaps a person can choose, with the credit each requires. The names shown in menus are the
 * bundle's; the credits are the sources' own words and stay as they are in every language.
 */
public enum BasemapKind {
  OFFLINE(Basemap.ATTRIBUTION),
  OSM("© OpenStreetMap contributors");

  private final String attribution;

  BasemapKind(String attribution) {
    this.attribution = attribution;
  }

  /** Attribution that must be visible whenever this basemap is shown. */
  public String attribution() {
    return attribution;
  }

  /**
   * The credit line for tiles drawn from {@code drawn}: each source's attribution, OpenStreetMap
   * first, joined by "; " (e.g. "© OpenStreetMap contributors; Natural Earth; GSHHG" when offline
   * tiles stand in for some online ones); empty for no tiles.
   */
  public static String credit(Set<BasemapKind> drawn) {
    List<String> parts = new ArrayList<>();
    for (BasemapKind kind : List.of(OSM, OFFLINE)) {
      if (drawn.contains(kind)) {
        parts.add(kind.attribution());
      }
    }
    return String.join("; ", parts);
  }
}
