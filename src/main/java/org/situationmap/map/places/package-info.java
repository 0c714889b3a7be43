/**
 * The places of a layer and how they are drawn. The model: {@link
 * org.situationmap.map.places.PlaceSet} (places in primitive arrays with a spatial index), {@link
 * org.situationmap.map.places.PlaceFrame} (statuses and halos at a date, the selection) and {@link
 * org.situationmap.map.places.Projection}. The look, defined once: {@link
 * org.situationmap.map.places.PlaceStyle} (palette, shapes, sizes), {@link
 * org.situationmap.map.places.SymbolStyle} (outlines, halo, selection) and {@link
 * org.situationmap.map.places.LabelStyle}. The drawing: {@link
 * org.situationmap.map.places.PlaceRenderer}, one per view, which places labels ({@code
 * LabelPlacer}) and draws through the raster ({@link org.situationmap.map.places.raster}) or as
 * paths ({@link org.situationmap.map.places.SymbolPaths}). Rule: never imports {@code ui}, {@code
 * app} or {@code export}; keeps no static state.
 */
package org.situationmap.map.places;
