package org.situationmap.map.tiles;

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
}
