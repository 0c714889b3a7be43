package org.situationmap.zones;

import org.locationtech.jts.geom.Geometry;

/**
 * The part of one land region nearest to one place and within the distance cap. Immutable.
 *
 * @param place the place's index in the timeline index
 * @param region the region's index in the list the cells were built for
 * @param geometry polygonal, web-Mercator metres
 * @param km2 its area on the ellipsoid
 */
public record Cell(int place, int region, Geometry geometry, double km2) {}
