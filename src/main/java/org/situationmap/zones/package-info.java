/**
 * Control zones derived from places: the land of the oblasts split among the places with a known
 * status (each point going to its nearest place, up to a distance cap), areas in km² on the
 * ellipsoid, and the front line between Russian-held and other zones. Toolkit-free like {@code
 * timeline}: no JavaFX, no map or UI code; geometry with JTS.
 */
package org.situationmap.zones;
