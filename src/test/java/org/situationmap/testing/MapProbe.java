package org.situationmap.testing;

import com.gluonhq.maps.MapLayer;
import javafx.geometry.Point2D;

/** An invisible map layer that tells tests where a latitude/longitude is drawn. */
public final class MapProbe extends MapLayer {
  /** Position of a point in the map view's own coordinates. */
  public Point2D locate(double lat, double lon) {
    return getMapPoint(lat, lon);
  }
}
