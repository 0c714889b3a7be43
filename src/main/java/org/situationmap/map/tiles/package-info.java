/**
 * Basemap tiles: Web Mercator arithmetic ({@link org.situationmap.map.tiles.TileMath}), the offline
 * Java2D tile renderer, the OpenStreetMap source with its disk cache, and the single Gluon {@code
 * TileRetriever} that serves whichever the person chose, noting where each view's tiles came from
 * ({@link org.situationmap.map.tiles.TileCredits}) so that credits name what is drawn. The offline
 * tiles carry no names: the basemap's oblast names ({@link
 * org.situationmap.map.tiles.BasemapNames}) are written over the map by its overlays, clear of the
 * places' names. Rule: never imports {@code ui} or {@code app}; tests never reach the network (only
 * loopback).
 */
package org.situationmap.map.tiles;
