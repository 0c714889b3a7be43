package org.situationmap.ui.main;

import java.time.LocalDate;
import java.util.OptionalInt;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.situationmap.domain.Place;
import org.situationmap.layer.Layer;
import org.situationmap.map.overlay.OverlayLayer;
import org.situationmap.text.Messages;
import org.situationmap.timeline.TimelineIndex;
import org.situationmap.ui.notes.PlaceText;
import org.situationmap.ui.state.AppState;

/**
 * The tooltip over a place on the map: while the pointer rests on a place's symbol, its name and
 * its status at the selected date since when ("Contested since 30 May 2022", the notes panel's
 * words), beside the pointer and inside the map. It follows the pointer, the date and the layer,
 * and goes when the pointer leaves the symbol or the map, or drags it. A layer of its own over the
 * map that lets every click through. FX thread.
 */
public final class PlaceTooltip extends Pane {
  /** Pixels between the pointer and the tooltip. */
  private static final double OFFSET = 14;

  private final OverlayLayer layer;
  private final AppState state;
  private final PlaceText words;
  private final Label name = new Label();
  private final Label status = new Label();
  private final VBox tip = new VBox(name, status);
  private Point2D pointer;

  /** The tooltip over {@code map}'s places drawn by {@code layer}, in {@code text}'s words. */
  public PlaceTooltip(MapPane map, OverlayLayer layer, AppState state, Messages text) {
    this.layer = layer;
    this.state = state;
    this.words = new PlaceText(text);
    setMouseTransparent(true);
    setPickOnBounds(false);
    tip.setId("place-tooltip");
    tip.getStyleClass().add("place-tooltip");
    tip.setManaged(false);
    tip.setVisible(false);
    name.setId("place-tooltip-name");
    name.getStyleClass().add("place-tooltip-name");
    status.setId("place-tooltip-status");
    status.getStyleClass().add("place-tooltip-status");
    getChildren().add(tip);
    map.addEventHandler(
        MouseEvent.MOUSE_MOVED, e -> follow(new Point2D(e.getSceneX(), e.getSceneY())));
    map.addEventHandler(MouseEvent.MOUSE_EXITED, e -> follow(null));
    map.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> follow(null));
    state.dateProperty().addListener(o -> follow(pointer));
    state.layerProperty().addListener(o -> follow(pointer));
  }

  /** Shows the tooltip for the place under the pointer at {@code scene} (null: none). */
  private void follow(Point2D scene) {
    pointer = scene;
    Layer loaded = state.getLayer();
    OptionalInt hit = OptionalInt.empty();
    if (scene != null && loaded != null) {
      Point2D at = layer.sceneToLocal(scene);
      hit = layer.hit(at.getX(), at.getY());
    }
    if (hit.isEmpty()) {
      tip.setVisible(false);
      return;
    }
    TimelineIndex index = loaded.index();
    int i = hit.getAsInt();
    LocalDate date = state.getDate();
    Place place = index.place(i);
    name.setText(place.name());
    status.setText(words.status(index.statusAt(i, date), index.since(i, date), place));
    tip.setVisible(true);
    tip.applyCss();
    tip.autosize();
    Point2D local = sceneToLocal(scene);
    double x = local.getX() + OFFSET;
    double y = local.getY() + OFFSET;
    if (x + tip.getWidth() > getWidth()) {
      x = local.getX() - OFFSET - tip.getWidth();
    }
    if (y + tip.getHeight() > getHeight()) {
      y = local.getY() - OFFSET - tip.getHeight();
    }
    tip.relocate(Math.max(0, x), Math.max(0, y));
  }
}
