package org.situationmap.zones;

import org.locationtech.jts.geom.Geometry;

/**
 * Where the cells of two places meet on land: part of the perpendicular bisector between them.
 * Immutable.
 *
 * @param placeA one place's index in the timeline index
 * @param placeB the other's
 * @param line lineal, web-Mercator metres
 */
public record Border(int placeA, int placeB, Geometry line) {}
