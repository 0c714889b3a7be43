/**
 * Export of the map as citable files: PNG snapshots with caption, legend, scale bar, attribution
 * and tEXt metadata; a Markdown citation beside them; animated GIFs over a date range.
 *
 * <p>Images are composed by the same code the screen uses: the map's overlays in their one order
 * ({@link org.situationmap.map.overlay.Overlays}), with basemap tiles from {@link
 * org.situationmap.map.tiles.OfflineTileRenderer} (or OpenStreetMap) at the bottom and the caption
 * on top. Drawing happens on the JavaFX thread (an offscreen canvas); tiles are fetched and files
 * encoded off it. Headless callers start the toolkit with {@link
 * org.situationmap.export.HeadlessFx}. Rule: this package never imports {@code ui} or {@code app}
 * (ArchUnit).
 */
package org.situationmap.export;
