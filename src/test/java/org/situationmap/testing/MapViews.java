package org.situationmap.testing;

import com.gluonhq.maps.MapPoint;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.situationmap.map.overlay.OverlayLayer;
import org.situationmap.map.places.Projection;
import org.situationmap.map.tiles.TileMath;
import org.situationmap.ui.main.MapPane;

/**
 * Moves the app's map and waits until its place layer has been laid out for the new view: the map
 * applies a new centre and zoom at its next layout, so a test that reads positions or clicks at
 * once would race it.
 */
public final class MapViews {
  private MapViews() {}

  /** Centres {@code pane} on (lat, lon) at {@code zoom}; returns once {@code layer} draws that. */
  public static void show(MapPane pane, OverlayLayer layer, double lat, double lon, double zoom) {
    Fx.run(() -> pane.show(new MapPoint(lat, lon), zoom));
    Fx.waitUntil(
        "the map shows " + lat + ", " + lon + " at zoom " + zoom,
        () -> shows(layer, lat, lon, zoom));
  }

  /**
   * Waits until {@code layer} draws (lat, lon) at the centre of the map, as it does at the end of a
   * flight there.
   */
  public static void awaitCentredOn(OverlayLayer layer, double lat, double lon) {
    Fx.waitUntil(
        "the map is centred on " + lat + ", " + lon,
        () -> layer.projection() != null && shows(layer, lat, lon, layer.projection().zoom()));
  }

  /** Where place {@code i} is drawn, on the screen (measured on the FX thread). */
  public static Point2D onScreen(OverlayLayer layer, int i) {
    return Fx.call(() -> layer.localToScreen(layer.positionOf(i)));
  }

  private static boolean shows(OverlayLayer layer, double lat, double lon, double zoom) {
    Projection p = layer.projection();
    if (p == null || Math.abs(p.zoom() - zoom) > 1e-6) {
      return false;
    }
    Bounds b = layer.getLayoutBounds();
    double x = p.x(Projection.unitX(lon));
    double y = p.y(TileMath.mercatorY(lat));
    return Math.abs(x - b.getWidth() / 2) <= 1.5 && Math.abs(y - b.getHeight() / 2) <= 1.5;
  }
}
