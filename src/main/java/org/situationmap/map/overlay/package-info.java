/**
 * The map as an ordered list of overlays, drawn through one projection by the live map and by every
 * exported image. {@link org.situationmap.map.overlay.Overlays} is the one order (basemap, zones
 * and the front line, the basemap's names, places, labels, caption); an {@link
 * org.situationmap.map.overlay.Overlay} draws a {@link org.situationmap.map.overlay.MapFrame} onto
 * a graphics context, and on the live map shows as a {@link
 * org.situationmap.map.overlay.ScreenPart} of the Gluon layer {@link
 * org.situationmap.map.overlay.OverlayLayer} (a canvas unless it has a better way: the places show
 * their renderer's image). Exports add their basemap and caption from {@code export}. Rule: the top
 * of {@code map}: uses {@code places} (which never uses this package), never {@code ui}, {@code
 * app} or {@code export}.
 */
package org.situationmap.map.overlay;
