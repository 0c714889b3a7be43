package org.situationmap.ui.state;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.situationmap.layer.Layer;
import org.situationmap.zones.ZoneState;

/**
 * The state every view shares: the loaded layer, the selected date, the selected place and the
 * control zones shown. Views observe it; only view-models and the app change it. FX thread only.
 */
public final class AppState {
  private final ReadOnlyObjectWrapper<Layer> layer = new ReadOnlyObjectWrapper<>(this, "layer");
  private final ObjectProperty<LocalDate> date =
      new SimpleObjectProperty<>(this, "date", LocalDate.now());
  private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
  private final List<IntConsumer> focusListeners = new ArrayList<>();
  private final BooleanProperty zonesShown = new SimpleBooleanProperty(this, "zonesShown", true);
  private final ObjectProperty<ZoneState> zones = new SimpleObjectProperty<>(this, "zones");
  private final ObjectProperty<LocalDate> compareDate =
      new SimpleObjectProperty<>(this, "compareDate");

  /** The loaded layer (null before the first load). */
  public ReadOnlyObjectProperty<Layer> layerProperty() {
    return layer.getReadOnlyProperty();
  }

  /** The loaded layer, or null. */
  public Layer getLayer() {
    return layer.get();
  }

  /**
   * Replaces the layer; keeps the date when it is inside the new data's range, clears selection.
   */
  public void setLayer(Layer newLayer) {
    selected.set(-1);
    layer.set(newLayer);
  }

  /** The selected date. */
  public ObjectProperty<LocalDate> dateProperty() {
    return date;
  }

  /** The selected date. */
  public LocalDate getDate() {
    return date.get();
  }

  /** Sets the selected date. */
  public void setDate(LocalDate d) {
    date.set(d);
  }

  /** The selected place index in the layer, or -1. */
  public IntegerProperty selectedProperty() {
    return selected;
  }

  /** The selected place index, or -1. */
  public int getSelected() {
    return selected.get();
  }

  /** Selects a place and asks the map to bring it into view. */
  public void showPlace(int index) {
    selected.set(index);
    for (IntConsumer l : List.copyOf(focusListeners)) {
      l.accept(index);
    }
  }

  /**
   * The date the map is compared with (compare mode), or null: while set, the map marks every place
   * whose status on it differs from its status on the selected date.
   */
  public ObjectProperty<LocalDate> compareDateProperty() {
    return compareDate;
  }

  /** Whether control zones are shown under the places (View ▸ Zones). */
  public BooleanProperty zonesShownProperty() {
    return zonesShown;
  }

  /**
   * The control zones the map shows: those of the selected date, or, for the moment their cells
   * take to build, the last ones built, coloured by the selected date; null when zones are off or
   * none are built yet.
   */
  public ObjectProperty<ZoneState> zonesProperty() {
    return zones;
  }

  /** The zones shown, or null. */
  public ZoneState getZones() {
    return zones.get();
  }

  /** Called with a place index whenever something asks to bring a place into view. */
  public void addFocusListener(IntConsumer listener) {
    focusListeners.add(listener);
  }
}
