package org.situationmap.app;

import com.gluonhq.maps.MapPoint;
import java.time.LocalDate;
import javafx.scene.control.Tab;
import org.situationmap.layer.Layer;
import org.situationmap.map.places.Projection;
import org.situationmap.map.tiles.TileMath;
import org.situationmap.ui.main.MapPane;

/**
 * What the main window shows, kept across a change of language: the layer (as loaded, not read
 * again), the selected date and place, the compared date, the map's view as drawn (its centre and
 * zoom after any drag), the sidebar tab and the playback speed. Immutable.
 *
 * @param layer the loaded layer, or null
 * @param date the selected date
 * @param selected the selected place index, or -1
 * @param compareDate the compared date, or null
 * @param centre the map's centre, or null when the map was never drawn
 * @param zoom the map's zoom (with {@code centre})
 * @param tabId the id of the selected sidebar tab, or null
 * @param speed the playback speed in days per second
 */
record WindowKept(
    Layer layer,
    LocalDate date,
    int selected,
    LocalDate compareDate,
    MapPoint centre,
    double zoom,
    String tabId,
    double speed) {

  /** What {@code window} shows now. */
  static WindowKept of(MainWindow window) {
    var state = window.state();
    MapPane map = window.view().mapPane();
    Projection p = window.mapController().mapLayer().projection();
    MapPoint centre = null;
    double zoom = 0;
    if (p != null && map.getWidth() > 0) {
      zoom = p.zoom();
      double world = TileMath.worldSize(zoom);
      centre =
          new MapPoint(
              TileMath.yToLat(p.unitYAt(map.getHeight() / 2) * world, zoom),
              TileMath.xToLon(p.unitXAt(map.getWidth() / 2) * world, zoom));
    }
    Tab tab = window.sidebar().tabs().getSelectionModel().getSelectedItem();
    return new WindowKept(
        state.getLayer(),
        state.getDate(),
        state.getSelected(),
        state.compareDateProperty().get(),
        centre,
        zoom,
        tab == null ? null : tab.getId(),
        window.timeline().speedProperty().get());
  }

  /** Shows all this in {@code window}, a new one with no layer yet. */
  void applyTo(MainWindow window) {
    var state = window.state();
    state.setDate(date);
    window.timeline().speedProperty().set(speed);
    if (centre != null) {
      window.view().mapPane().show(centre, zoom);
    }
    if (layer != null) {
      window.files().takeOver(layer);
      state.selectedProperty().set(selected);
      state.compareDateProperty().set(compareDate);
    }
    window.sidebar().tabs().getTabs().stream()
        .filter(t -> t.getId() != null && t.getId().equals(tabId))
        .findFirst()
        .ifPresent(t -> window.sidebar().tabs().getSelectionModel().select(t));
  }
}
