package org.situationmap.ui.notes;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.situationmap.layer.Layer;
import org.situationmap.ui.state.AppState;

/**
 * The notes panel's state: the {@link PlaceDetails} of the selected place at the selected date
 * ({@code null} when nothing is selected), recomputed when the selection, date or layer changes;
 * and the panel's actions (jump to a change, open a source link, close). FX thread only (works
 * without a started toolkit).
 */
public final class NotesViewModel {
  private final AppState state;
  private final LinkOpener links;
  private final ReadOnlyObjectWrapper<PlaceDetails> details =
      new ReadOnlyObjectWrapper<>(this, "details");

  /**
   * Creates the view-model.
   *
   * @param state the shared state
   * @param links opens source links after confirmation
   */
  public NotesViewModel(AppState state, LinkOpener links) {
    this.state = state;
    this.links = links;
    state.selectedProperty().addListener((o, a, i) -> refresh());
    state.dateProperty().addListener((o, a, d) -> refresh());
    state.layerProperty().addListener((o, a, l) -> refresh());
    refresh();
  }

  /** The details shown, or {@code null} when no place is selected. */
  public ReadOnlyObjectProperty<PlaceDetails> detailsProperty() {
    return details.getReadOnlyProperty();
  }

  /** The details shown, or {@code null}. */
  public PlaceDetails getDetails() {
    return details.get();
  }

  /** Moves the selected date to the start of {@code period} (the change that began it). */
  public void jumpTo(ControlPeriod period) {
    state.setDate(period.from());
  }

  /**
   * Opens a source link if it is an http(s) URL and the person confirms; see {@link LinkOpener}.
   */
  public boolean openLink(String url) {
    return links.open(url);
  }

  /** Clears the selection (the panel closes). */
  public void close() {
    state.selectedProperty().set(-1);
  }

  private void refresh() {
    Layer layer = state.getLayer();
    int i = state.getSelected();
    if (layer == null || i < 0 || i >= layer.index().size()) {
      details.set(null);
      return;
    }
    details.set(PlaceDetails.of(layer.index(), i, state.getDate()));
  }
}
