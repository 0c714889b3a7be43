/**
 * Export of the map as citable files: PNG snapshots with caption, legend, scale bar, attribution
 * and tEXt metadata; a Markdown citation beside them; animated GIFs over a date range.
 *
 * <p>Images are composed by the same code the screen uses: basemap tiles from {@link
 * org.situationmap.map.tiles.OfflineTileRenderer} (or OpenStreetMap) and places from {@link
 * org.situationmap.map.places.PlaceRenderer}. Drawing happens on the JavaFX thread (an offscreen
 * canvas); tiles are fetched and files encoded off it. Headless callers start the toolkit with
 * {@link org.situationmap.export.HeadlessFx}. Rule: this package never imports {@code ui} or {@code
 * app} (ArchUnit).
 */
package org.situationmap.export;
