package org.situationmap.ui.main;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.locationtech.jts.geom.Envelope;
import org.situationmap.layer.Layer;
import org.situationmap.text.Messages;
import org.situationmap.ui.state.AppState;

/**
 * The buttons over the map that zoom in and out by a level around its centre and show all the
 * places of the layer. They never take the keyboard focus, so the timeline's keys keep working.
 */
public final class ZoomButtons extends VBox {
  /** Zoom levels a click of + or − moves. */
  static final double STEP = 1;

  /** The buttons for {@code map}, fitting the layer of {@code state}, in {@code text}'s words. */
  public ZoomButtons(MapPane map, AppState state, Messages text) {
    setId("zoom-buttons");
    getStyleClass().add("zoom-buttons");
    setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    Button in = button("zoom-in", text.format("map.zoomIn"), text.format("map.zoomIn.tip"));
    Button out = button("zoom-out", text.format("map.zoomOut"), text.format("map.zoomOut.tip"));
    Button fit = button("zoom-fit", text.format("map.fit"), text.format("map.fit.tip"));
    in.setOnAction(e -> map.zoomBy(STEP));
    out.setOnAction(e -> map.zoomBy(-STEP));
    fit.setOnAction(
        e -> {
          Envelope all = extent(state.getLayer());
          if (all != null) {
            map.fit(all);
          }
        });
    fit.disableProperty().bind(state.layerProperty().map(l -> extent(l) == null).orElse(true));
    getChildren().addAll(in, out, fit);
  }

  private static Envelope extent(Layer layer) {
    return layer == null ? null : layer.extent();
  }

  private static Button button(String id, String label, String tip) {
    Button b = new Button(label);
    b.setId(id);
    b.setTooltip(new Tooltip(tip));
    b.setFocusTraversable(false);
    b.setMaxWidth(Double.MAX_VALUE);
    return b;
  }
}
