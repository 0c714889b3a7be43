package org.situationmap.ui.main;

import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.function.Supplier;
import javafx.scene.input.ScrollEvent;
import org.locationtech.jts.geom.Envelope;
import org.situationmap.map.tiles.TileMath;

/**
 * Moves a Gluon map view as a person asks: zoom by steps around the centre or around the point
 * under the pointer, fit an area, keep the centre when the view is resized. It works from what the
 * view shows ({@link MapView#getMapPosition}): the centre and zoom Gluon was last asked for go
 * stale after a drag. FX thread.
 */
final class MapMoves {
  /** Zoom levels a notch of the mouse wheel moves (Gluon's own step is 0.1). */
  static final double WHEEL_STEP = 0.5;

  /** Pixels JavaFX reports for a notch of the wheel (measured under X11: {@code deltaY} ±40). */
  static final double NOTCH = 40;

  /** The zooms a person can reach. */
  static final double MIN_ZOOM = 4;

  static final double MAX_ZOOM = 17;

  /** Fitting an area zooms in no closer than this (one place: a town and its surroundings). */
  static final double MAX_FIT_ZOOM = 11;

  /** Pixels kept free around an area fitted into the view. */
  static final double FIT_MARGIN = 40;

  private final Supplier<MapView> view;
  private final ShownCentre shown = new ShownCentre();

  /** Moves of the view {@code view} gives (the map pane replaces it with the basemap). */
  MapMoves(Supplier<MapView> view) {
    this.view = view;
  }

  /**
   * A layer of no pixels that notes the centre the view shows each time Gluon lays it out (after
   * every move and resize): add it to every view these moves are for.
   */
  MapLayer centreProbe() {
    return shown;
  }

  private final class ShownCentre extends MapLayer {
    private MapPoint centre;
    private double zoom;

    @Override
    protected void layoutLayer() {
      MapView v = view.get();
      if (getParent() == v && v.getWidth() > 0 && v.getHeight() > 0) {
        centre = v.getMapPosition(v.getWidth() / 2, v.getHeight() / 2);
        zoom = zoom();
      }
    }
  }

  /** The zoom the view shows. */
  double zoom() {
    MapView v = view.get();
    double w = Math.max(1, v.getWidth());
    double lon0 = v.getMapPosition(0, 0).getLongitude();
    double lon1 = v.getMapPosition(w, 0).getLongitude();
    double worldWidth = w / (lon1 - lon0) * 360;
    return Math.log(worldWidth / TileMath.TILE_SIZE) / Math.log(2);
  }

  /** The point at the centre of the view. */
  MapPoint centre() {
    MapView v = view.get();
    return v.getMapPosition(v.getWidth() / 2, v.getHeight() / 2);
  }

  /** Shows {@code centre} in the middle of the view at {@code zoom}. */
  void show(MapPoint centre, double zoom) {
    MapView v = view.get();
    shown.centre = null; // asked for now: the one to keep until the view shows it
    v.setZoom(clamp(zoom));
    // Gluon applies a centre only when it differs from the one asked for last, which may no longer
    // be the one shown (after a drag, a zoom or a resize): ask for a point beside it first.
    v.setCenter(centre.getLatitude() + 1e-9, centre.getLongitude());
    v.setCenter(centre.getLatitude(), centre.getLongitude());
  }

  /** Zooms by {@code levels} around the centre of the view. */
  void zoomBy(double levels) {
    MapView v = view.get();
    zoomBy(levels, v.getWidth() / 2, v.getHeight() / 2);
  }

  /** Zooms by {@code levels}, keeping the point at (x, y) of the view where it is. */
  void zoomBy(double levels, double x, double y) {
    MapView v = view.get();
    double zoom = clamp(zoom() + levels);
    MapPoint under = v.getMapPosition(x, y);
    double scale = TileMath.worldSize(zoom);
    double ux = (under.getLongitude() + 180) / 360 - (x - v.getWidth() / 2) / scale;
    double uy = TileMath.mercatorY(under.getLatitude()) - (y - v.getHeight() / 2) / scale;
    show(new MapPoint(TileMath.yToLat(uy * TileMath.TILE_SIZE, 0), ux * 360 - 180), zoom);
  }

  /**
   * Zooms a wheel's turn around the point under the pointer: {@link #WHEEL_STEP} a notch, in
   * proportion for the smaller steps of a touchpad, at most a level at a time.
   */
  void wheel(ScrollEvent e) {
    double levels = Math.max(-1, Math.min(1, e.getDeltaY() / NOTCH * WHEEL_STEP));
    if (levels != 0) {
      var at = view.get().sceneToLocal(e.getSceneX(), e.getSceneY());
      zoomBy(levels, at.getX(), at.getY());
    }
  }

  /** Shows all of an area (longitudes and latitudes), as close as fits, up to a zoom of 11. */
  void fit(Envelope area) {
    MapView v = view.get();
    double uw = (area.getMaxX() - area.getMinX()) / 360;
    double uh = TileMath.mercatorY(area.getMinY()) - TileMath.mercatorY(area.getMaxY());
    double across = uw > 0 ? Math.max(1, v.getWidth() - 2 * FIT_MARGIN) / uw : Double.MAX_VALUE;
    double down = uh > 0 ? Math.max(1, v.getHeight() - 2 * FIT_MARGIN) / uh : Double.MAX_VALUE;
    double scale = Math.min(across, down);
    double zoom = Math.min(MAX_FIT_ZOOM, Math.log(scale / TileMath.TILE_SIZE) / Math.log(2));
    double uy = (TileMath.mercatorY(area.getMinY()) + TileMath.mercatorY(area.getMaxY())) / 2;
    show(new MapPoint(TileMath.yToLat(uy * TileMath.TILE_SIZE, 0), area.centre().getX()), zoom);
  }

  /**
   * Makes the centre the view showed when last laid out the one it keeps when it is resized next.
   * Gluon re-centres a resized view on the centre it was last asked for, which a drag or a flight
   * leaves behind, so call this before the view's size changes (when its parent's does). The centre
   * asked for is kept where it is still the one shown (within a pixel: the view's own points are
   * rounded), or where it was asked for after the last layout.
   */
  void holdCentre() {
    MapView v = view.get();
    MapPoint c = shown.centre;
    MapPoint asked = v.getCenter();
    if (c == null || shown.getParent() != v || asked == null) {
      return;
    }
    double scale = TileMath.worldSize(shown.zoom);
    double dx = ((c.getLongitude() - asked.getLongitude()) / 360) * scale;
    double dy =
        (TileMath.mercatorY(c.getLatitude()) - TileMath.mercatorY(asked.getLatitude())) * scale;
    if (Math.hypot(dx, dy) > 1) {
      v.setCenter(c.getLatitude(), c.getLongitude());
    }
  }

  private static double clamp(double zoom) {
    return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
  }
}
