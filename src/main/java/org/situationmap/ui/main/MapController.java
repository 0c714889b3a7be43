package org.situationmap.ui.main;

import com.gluonhq.maps.MapPoint;
import java.time.LocalDate;
import java.util.BitSet;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.situationmap.domain.GeoPoint;
import org.situationmap.layer.Layer;
import org.situationmap.map.overlay.OverlayLayer;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.places.raster.SymbolCache;
import org.situationmap.map.tiles.BasemapNames;
import org.situationmap.timeline.StatusDiff;
import org.situationmap.ui.state.AppState;

/**
 * Keeps the map's overlay layer in step with the shared state: a new date or layer recomputes the
 * frame, a new selection only re-marks it, new zones are shown under the places; a click on a
 * symbol selects its place, a click inside a zone the place it comes from (a click elsewhere, on
 * sea or land assigned to no place, clears the selection); a request to show a place flies the map
 * there. The offline basemap's names are written over it while all its tiles are offline ones.
 */
public final class MapController {
  /** Zoom at least this far in when flying to a place. */
  static final double PLACE_ZOOM = 9;

  private final AppState state;
  private final MapPane mapPane;
  private final OverlayLayer layer = new OverlayLayer(new SymbolCache());
  private BasemapNames offlineNames;

  /** Connects the state to the map pane. */
  public MapController(AppState state, MapPane mapPane) {
    this.state = state;
    this.mapPane = mapPane;
    mapPane.addLayer(layer);
    state.layerProperty().addListener((o, a, l) -> recompute());
    state.dateProperty().addListener((o, a, d) -> recompute());
    state.compareDateProperty().addListener((o, a, d) -> recompute());
    state
        .selectedProperty()
        .addListener(
            (o, a, s) -> {
              if (layer.frame() != null) {
                layer.setFrame(layer.frame().withSelected(s.intValue()));
              }
            });
    state.zonesProperty().addListener((o, a, z) -> layer.setZones(z));
    layer.setZones(state.getZones());
    state.addFocusListener(this::flyTo);
    mapPane.offlineTilesOnlyProperty().addListener((o, a, only) -> showBasemapNames());
    mapPane.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
  }

  /**
   * Writes the offline basemap's names over the map while all its tiles are offline ones (online
   * tiles carry their own names).
   */
  public void useBasemapNames(BasemapNames names) {
    offlineNames = names;
    showBasemapNames();
  }

  private void showBasemapNames() {
    layer.setBasemapNames(mapPane.offlineTilesOnlyProperty().get() ? offlineNames : null);
  }

  /** The map's layer of overlays (places, labels). */
  public OverlayLayer mapLayer() {
    return layer;
  }

  private void recompute() {
    Layer loaded = state.getLayer();
    if (loaded != null) {
      PlaceFrame shown = layer.frame();
      PlaceSet places = PlaceSet.of(loaded);
      PlaceFrame frame =
          shown != null && shown.set() == places
              ? PlaceFrame.next(shown, state.getDate(), state.getSelected())
              : PlaceFrame.at(places, state.getDate(), state.getSelected());
      LocalDate other = state.compareDateProperty().get();
      layer.setFrame(other == null ? frame : frame.withHalos(changedSince(loaded, other)));
    }
  }

  /** The places whose status on {@code other} differs from the selected date's (not new ones). */
  private BitSet changedSince(Layer loaded, LocalDate other) {
    LocalDate date = state.getDate();
    BitSet marked = new BitSet();
    for (StatusDiff.Change c :
        date.isBefore(other)
            ? StatusDiff.between(loaded.index(), date, other, false)
            : StatusDiff.between(loaded.index(), other, date, false)) {
      marked.set(c.place());
    }
    return marked;
  }

  private void onClick(MouseEvent e) {
    if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
      return;
    }
    var local = layer.sceneToLocal(e.getSceneX(), e.getSceneY());
    state
        .selectedProperty()
        .set(
            layer
                .hit(local.getX(), local.getY())
                .orElseGet(() -> layer.zonePlaceAt(local.getX(), local.getY())));
  }

  private void flyTo(int index) {
    Layer loaded = state.getLayer();
    if (loaded == null || index < 0) {
      return;
    }
    GeoPoint p = loaded.index().place(index).location();
    mapPane.flyTo(new MapPoint(p.lat(), p.lon()), PLACE_ZOOM);
  }
}
