package org.situationmap.ui.main;

import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.situationmap.map.tiles.BasemapKind;
import org.situationmap.map.tiles.TileCredits;
import org.situationmap.map.tiles.TileMath;
import org.situationmap.map.tiles.TileService;

/**
 * The map area: a Gluon {@link MapView} with the basemap attribution always visible over its
 * corner, crediting the sources the view's tiles came from ({@link TileCredits}: offline tiles that
 * stand in for online ones are credited too). Switching basemap rebuilds the view (Gluon caches
 * tiles per view) and keeps the centre and zoom shown, and the layers.
 */
public final class MapPane extends StackPane {
  /** Centre of Luhansk and Donetsk oblasts. */
  public static final MapPoint DONBAS_CENTRE = new MapPoint(48.45, 38.45);

  /** A zoom at which both oblasts fit a typical window. */
  public static final double DONBAS_ZOOM = 7.4;

  private final Label attribution = new Label();
  private final List<MapLayer> layers = new ArrayList<>();
  private final List<Node> overlays = new ArrayList<>();
  private MapView mapView;
  private TileCredits credits;
  private MapPoint centre = DONBAS_CENTRE;
  private double zoom = DONBAS_ZOOM;

  /** Creates the pane with the basemap currently chosen in the tile service. */
  public MapPane() {
    getStyleClass().add("map-pane");
    attribution.getStyleClass().add("attribution");
    attribution.setId("attribution");
    StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
    setFocusTraversable(true);
    // A press on the map takes keyboard focus from text fields, so timeline keys work again.
    addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> requestFocus());
    rebuild();
  }

  /** The current map view (replaced when the basemap changes). */
  public MapView mapView() {
    return mapView;
  }

  /** Adds a layer that survives basemap changes. */
  public void addLayer(MapLayer layer) {
    layers.add(layer);
    mapView.addLayer(layer);
  }

  /** Adds a node drawn over the map at a corner (e.g. the legend). */
  public void addOverlay(Node overlay, Pos position) {
    StackPane.setAlignment(overlay, position);
    StackPane.setMargin(overlay, new javafx.geometry.Insets(10));
    overlays.add(overlay);
    getChildren().add(overlay);
  }

  /** Flies to a point, zooming in to at least {@code minZoom}. */
  public void flyTo(MapPoint point, double minZoom) {
    if (mapView.getZoom() < minZoom) {
      mapView.setZoom(minZoom);
    }
    mapView.flyTo(0, point, 0.6);
  }

  /** Switches basemap, keeping the view. */
  public void setBasemap(BasemapKind kind) {
    TileService.current().setKind(kind);
    keepShownView();
    for (MapLayer layer : layers) {
      mapView.removeLayer(layer);
    }
    rebuild();
    for (MapLayer layer : layers) {
      mapView.addLayer(layer);
    }
  }

  /** Centres the map on a point at a zoom. */
  public void show(MapPoint point, double newZoom) {
    mapView.setZoom(newZoom);
    mapView.setCenter(point);
  }

  /**
   * Remembers the centre and zoom the map shows. {@link MapView#getCenter()} and {@link
   * MapView#getZoom()} give what was last asked for, not where a drag or the mouse wheel has taken
   * the map since, so both are read from the view's own points instead.
   */
  private void keepShownView() {
    double w = mapView.getWidth();
    double h = mapView.getHeight();
    centre = mapView.getCenter();
    zoom = mapView.getZoom();
    if (w > 0 && h > 0) {
      MapPoint west = mapView.getMapPosition(0, h / 2);
      MapPoint east = mapView.getMapPosition(w, h / 2);
      double degrees = east.getLongitude() - west.getLongitude();
      if (degrees > 0) {
        centre = mapView.getMapPosition(w / 2, h / 2);
        zoom = Math.log(w * 360 / (degrees * TileMath.TILE_SIZE)) / Math.log(2);
      }
    }
  }

  private void rebuild() {
    mapView = new MapView();
    mapView.setId("map");
    mapView.setZoom(zoom);
    mapView.setCenter(centre);
    TileCredits shown = TileService.current().credits();
    credits = shown;
    // the credits outlive this pane when the window is rebuilt (a new language): hold it weakly
    WeakReference<MapPane> pane = new WeakReference<>(this);
    shown.onChange(
        () ->
            Platform.runLater(
                () -> {
                  MapPane p = pane.get();
                  if (p != null) {
                    p.showCredits(shown);
                  }
                }));
    showCredits(shown);
    getChildren().setAll(mapView, attribution);
    getChildren().addAll(overlays);
  }

  /** Shows the credits of the current view's tiles (FX thread). */
  private void showCredits(TileCredits of) {
    if (of == credits) {
      attribution.setText(of.line());
    }
  }
}
