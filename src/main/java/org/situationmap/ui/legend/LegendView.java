package org.situationmap.ui.legend;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.situationmap.domain.ControlStatus;
import org.situationmap.layer.Layer;
import org.situationmap.text.Messages;
import org.situationmap.ui.state.AppState;

/**
 * The legend over the map: each status with its symbol, colour and the number of places in it at
 * the selected date, a note when the data says nothing yet for that date, and, while control zones
 * are shown, the area each status holds ({@link ZoneAreas}).
 */
public final class LegendView extends VBox {
  private final AppState state;
  private final Messages text;
  private final Map<ControlStatus, Label> counts = new EnumMap<>(ControlStatus.class);
  private final Label note = new Label();
  private final ZoneAreas areas;

  /**
   * Creates the legend over the shared state, in the language of {@code text}; while {@code
   * zonesBuilding} holds, it says that control zones are being built.
   */
  public LegendView(AppState state, Messages text, ObservableBooleanValue zonesBuilding) {
    this.state = state;
    this.text = text;
    setId("legend");
    getStyleClass().add("legend");
    setPadding(new Insets(6, 10, 6, 10));
    setSpacing(4);
    setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    GridPane grid = new GridPane();
    grid.setHgap(6);
    grid.setVgap(3);
    int row = 0;
    for (ControlStatus s : ControlStatus.values()) {
      Label name = new Label(text.status(s));
      Label count = new Label(text.count(0));
      count.setId("legend-count-" + s.word());
      count.getStyleClass().add("legend-count");
      counts.put(s, count);
      grid.addRow(row++, new SymbolIcon(s, 14), name, count);
    }
    note.setId("legend-note");
    note.getStyleClass().add("legend-note");
    note.setWrapText(true);
    note.setMaxWidth(170);
    note.managedProperty().bind(note.visibleProperty());
    Label title = new Label(text.format("legend.title"));
    title.getStyleClass().add("legend-title");
    areas = new ZoneAreas(text);
    Label building = new Label(text.format("zones.building"));
    building.setId("legend-zones-building");
    building.getStyleClass().add("legend-note");
    building.managedProperty().bind(building.visibleProperty());
    building.visibleProperty().bind(state.zonesShownProperty().and(zonesBuilding));
    getChildren().addAll(title, grid, note, building, areas);
    state.zonesProperty().addListener((o, a, z) -> areas.show(z));
    state.dateProperty().addListener((o, a, d) -> refresh());
    state.layerProperty().addListener((o, a, l) -> refresh());
    refresh();
  }

  private void refresh() {
    Layer layer = state.getLayer();
    if (layer == null) {
      note.setText(text.format("legend.noLayer"));
      note.setVisible(true);
      return;
    }
    EnumMap<ControlStatus, Integer> at = layer.index().countsAt(state.getDate());
    for (ControlStatus s : ControlStatus.values()) {
      counts.get(s).setText(text.count(at.getOrDefault(s, 0)));
    }
    int known = layer.index().size() - at.getOrDefault(ControlStatus.UNKNOWN, 0);
    note.setVisible(known == 0);
    note.setText(
        text.format(layer.index().size() == 0 ? "legend.noPlaces" : "legend.noControlYet"));
  }
}
