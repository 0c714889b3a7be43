package org.situationmap.map.places;

/**
 * A label placed on a view: place i's name with its left end at (x, y) (its vertical centre), in
 * the view's pixels.
 *
 * @param i the place's index
 * @param x the left end of the name
 * @param y the vertical centre of the name
 */
public record PlacedLabel(int i, double x, double y) {}
