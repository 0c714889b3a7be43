package org.situationmap.map.overlay;

import javafx.geometry.Rectangle2D;
import org.situationmap.map.tiles.BasemapNames;

/**
 * One of the basemap's names placed on a frame.
 *
 * @param name the name
 * @param x the centre of the name in the frame's pixels
 * @param y the middle of its line
 * @param bounds the box it takes, with the space kept clear around it
 */
public record PlacedName(BasemapNames.Name name, double x, double y, Rectangle2D bounds) {}
