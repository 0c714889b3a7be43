/**
 * The places layer of the map: {@link org.situationmap.map.places.PlaceSet} (places in primitive
 * arrays with a spatial index), {@link org.situationmap.map.places.PlaceFrame} (statuses at a
 * date), {@link org.situationmap.map.places.PlaceRenderer} (the one drawing code path, shared by
 * the screen and every export) and the Gluon layer {@link org.situationmap.map.places.PlaceLayer}.
 * Rule: never imports {@code ui} or {@code app}.
 */
package org.situationmap.map.places;
