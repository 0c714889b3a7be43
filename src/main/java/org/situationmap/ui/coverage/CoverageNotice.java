package org.situationmap.ui.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import org.situationmap.domain.Coverage;
import org.situationmap.layer.Layer;
import org.situationmap.map.overlay.MapFrame;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.text.Messages;
import org.situationmap.ui.state.AppState;

/**
 * The notice over the map that the map may be out of date: one line ("Luhansk Oblast checked to 31
 * May 2024; later changes may be missing") for each oblast with a place in view whose coverage
 * ended before the selected date; hidden when there is none. It follows the date, the layer and
 * every view the map draws. Lets clicks through to the map. FX thread.
 */
public final class CoverageNotice extends Label {
  private final AppState state;
  private final ObservableValue<MapFrame> drawn;
  private final Messages text;

  /**
   * A notice about the layer and date of {@code state} in the view the map last {@code drawn}, in
   * the language of {@code text}.
   */
  public CoverageNotice(AppState state, ObservableValue<MapFrame> drawn, Messages text) {
    this.state = state;
    this.drawn = drawn;
    this.text = text;
    setId("coverage-notice");
    getStyleClass().add("coverage-notice");
    setWrapText(true);
    setMaxWidth(USE_PREF_SIZE);
    setMouseTransparent(true);
    managedProperty().bind(visibleProperty());
    state.layerProperty().addListener(o -> update());
    state.dateProperty().addListener(o -> update());
    drawn.addListener(o -> update());
    update();
  }

  private void update() {
    List<Coverage.Oblast> lapsed = lapsed(state.getLayer(), drawn.getValue(), state.getDate());
    setText(lapsed.stream().map(text::coverageNotice).collect(Collectors.joining("\n")));
    setVisible(!lapsed.isEmpty());
  }

  /** The oblasts in {@code view} whose coverage ended before {@code date}. */
  private static List<Coverage.Oblast> lapsed(Layer layer, MapFrame view, LocalDate date) {
    if (layer == null || view == null || date == null) {
      return List.of();
    }
    if (layer.coverage().oblasts().stream().noneMatch(o -> o.lapsedAt(date))) {
      return List.of(); // the usual case, found without looking at the places
    }
    PlaceSet places = PlaceSet.of(layer);
    if (view.places().set() != places) {
      return List.of(); // the view of the previous layer; the next one follows at once
    }
    int[] inView = places.inside(view.projection(), view.width(), view.height());
    return layer.coverageOf(inView).stream().filter(o -> o.lapsedAt(date)).toList();
  }
}
