package org.situationmap.ui.main;

import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import org.locationtech.jts.geom.Envelope;
import org.situationmap.map.tiles.BasemapKind;
import org.situationmap.map.tiles.TileCredits;
import org.situationmap.map.tiles.TileService;

/**
 * The map area: a Gluon {@link MapView} with the basemap attribution always visible over its
 * corner, crediting the sources the view's tiles came from ({@link TileCredits}: offline tiles that
 * stand in for online ones are credited too). Switching basemap rebuilds the view (Gluon caches
 * tiles per view) and keeps the centre and zoom shown, and the layers. A notch of the wheel zooms
 * half a level around the pointer, and resizing keeps the centre ({@link MapMoves}).
 */
public final class MapPane extends StackPane {
  /** Centre of Luhansk and Donetsk oblasts. */
  public static final MapPoint DONBAS_CENTRE = new MapPoint(48.45, 38.45);

  /** A zoom at which both oblasts fit a typical window. */
  public static final double DONBAS_ZOOM = 7.4;

  private static final Set<BasemapKind> OFFLINE = Set.of(BasemapKind.OFFLINE);

  private final Label attribution = new Label();
  private final ReadOnlyBooleanWrapper offlineTilesOnly =
      new ReadOnlyBooleanWrapper(this, "offlineTilesOnly");
  private final List<MapLayer> layers = new ArrayList<>();
  private final List<Node> overlays = new ArrayList<>();
  private final MapMoves moves = new MapMoves(this::mapView);
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
    // A notch of the wheel over the map zooms half a level around the pointer (Gluon: a tenth).
    addEventFilter(
        ScrollEvent.SCROLL,
        e -> {
          if (e.getTarget() instanceof Node n && inMap(n)) {
            moves.wheel(e);
            e.consume();
          }
        });
    // Resized, the map keeps the centre it shows (the pane's size changes before the view's).
    widthProperty().addListener(o -> moves.holdCentre());
    heightProperty().addListener(o -> moves.holdCentre());
    rebuild();
    addLayer(moves.centreProbe());
  }

  private boolean inMap(Node n) {
    for (Node at = n; at != null; at = at.getParent()) {
      if (at == mapView) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether all the tiles the map shows are offline ones (those of the offline basemap, or offline
   * tiles standing in for every online one); before any tile arrives, whether the offline basemap
   * is chosen.
   */
  public ReadOnlyBooleanProperty offlineTilesOnlyProperty() {
    return offlineTilesOnly.getReadOnlyProperty();
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
    moves.show(point, newZoom);
  }

  /** Zooms in (positive) or out by {@code levels} around the centre of the map. */
  public void zoomBy(double levels) {
    moves.zoomBy(levels);
  }

  /** Shows all of an area (longitudes and latitudes), as close as fits. */
  public void fit(Envelope area) {
    moves.fit(area);
  }

  /** The point the map shows at its centre (where it is now, after drags and zooms). */
  public MapPoint centre() {
    return moves.centre();
  }

  /** The zoom the map shows (where it is now, after wheel turns). */
  public double zoom() {
    return moves.zoom();
  }

  /**
   * Remembers the centre and zoom the map shows. {@link MapView#getCenter()} and {@link
   * MapView#getZoom()} give what was last asked for, not where a drag or the mouse wheel has taken
   * the map since, so both are read from the view's own points instead ({@link MapMoves}).
   */
  private void keepShownView() {
    centre = mapView.getCenter();
    zoom = mapView.getZoom();
    if (mapView.getWidth() > 0 && mapView.getHeight() > 0) {
      centre = moves.centre();
      zoom = moves.zoom();
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
      Set<BasemapKind> drawn = of.drawn();
      offlineTilesOnly.set(
          drawn.isEmpty() ? of.chosen() == BasemapKind.OFFLINE : drawn.equals(OFFLINE));
    }
  }
}
