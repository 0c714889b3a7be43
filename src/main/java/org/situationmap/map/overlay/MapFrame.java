package org.situationmap.map.overlay;

import java.util.Objects;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.Projection;
import org.situationmap.map.tiles.BasemapNames;
import org.situationmap.zones.ZoneState;

/**
 * What one frame of a map view shows and where: the overlays draw it through its projection onto a
 * {@code width × height} view. Immutable.
 *
 * @param places the places, their statuses at the date and the selection
 * @param zones the control zones at the frame's date, or null when zones are not shown (or not yet
 *     built for the date)
 * @param projection unit Web Mercator to the view's pixels
 * @param width width of the view in pixels
 * @param height height of the view in pixels
 * @param names the basemap's names to write over the map, or null when the basemap writes none
 *     (online tiles carry their own)
 */
public record MapFrame(
    PlaceFrame places,
    ZoneState zones,
    Projection projection,
    double width,
    double height,
    BasemapNames names) {
  /** Checks the frame. */
  public MapFrame {
    Objects.requireNonNull(places, "places");
    Objects.requireNonNull(projection, "projection");
  }

  /** A frame with no basemap names. */
  public MapFrame(
      PlaceFrame places, ZoneState zones, Projection projection, double width, double height) {
    this(places, zones, projection, width, height, null);
  }
}
