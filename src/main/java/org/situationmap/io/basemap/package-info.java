/**
 * Reading the offline basemap layers ({@code data/basemap/*.geojson}) into JTS geometries with
 * Jackson's streaming parser. Rule: no JavaFX.
 */
package org.situationmap.io.basemap;
