package org.situationmap.map.tiles;

import org.situationmap.io.basemap.Basemap;

/** The basemaps a person can choose. */
public enum BasemapKind {
  OFFLINE("Offline (Natural Earth, GSHHG)", Basemap.ATTRIBUTION),
  OSM("OpenStreetMap", "© OpenStreetMap contributors");

  private final String label;
  private final String attribution;

  BasemapKind(String label, String attribution) {
    this.label = label;
    this.attribution = attribution;
  }

  /** Name shown in menus. */
  public String label() {
    return label;
  }

  /** Attribution that must be visible whenever this basemap is shown. */
  public String attribution() {
    return attribution;
  }
}
