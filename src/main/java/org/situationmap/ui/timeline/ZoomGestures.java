package org.situationmap.ui.timeline;

import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;

/**
 * The mouse on the timeline's strip and slider: the wheel zooms into the period around the pointer
 * (up: closer), Shift+wheel or a sideways scroll moves along; on the strip a click goes to the day
 * under the pointer and a double-click shows all the dates again.
 */
final class ZoomGestures {
  /** How much one wheel notch zooms. */
  private static final double NOTCH = 1.25;

  /** Pixels of a scroll that count as one notch when the platform gives no lines. */
  private static final double PIXELS_PER_NOTCH = 40;

  private ZoomGestures() {}

  static void install(
      ActivityStrip strip, Node slider, TimelineZoom zoom, TimelineViewModel model) {
    for (Node target : new Node[] {strip, slider}) {
      target.addEventHandler(
          ScrollEvent.SCROLL,
          e -> {
            double dx = e.getDeltaX();
            double dy = e.getDeltaY();
            if (e.isShiftDown() && dx == 0) {
              // Shift+wheel, where the platform does not turn it sideways itself
              dx = dy;
              dy = 0;
            }
            if (Math.abs(dx) > Math.abs(dy)) {
              long days =
                  zoom.toProperty().get().toEpochDay() - zoom.fromProperty().get().toEpochDay();
              zoom.pan(Math.round(-notches(dx, e.getMultiplierX()) * days / 10));
            } else if (dy != 0) {
              double along = strip.sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
              zoom.zoom(Math.pow(NOTCH, notches(dy, e.getMultiplierY())), strip.fractionAt(along));
            }
            e.consume();
          });
    }
    strip.setOnMouseClicked(
        e -> {
          if (e.getButton() != MouseButton.PRIMARY) {
            return;
          }
          if (e.getClickCount() == 2) {
            zoom.reset();
          } else if (e.getClickCount() == 1) {
            model.setDate(strip.dayAt(e.getX()));
          }
        });
  }

  /**
   * A scroll of {@code delta} pixels as wheel notches (fractions from touchpads), positive up or
   * left; {@code perNotch} is the platform's pixels per notch (0 when it gives none).
   */
  private static double notches(double delta, double perNotch) {
    return delta / (perNotch > 0 ? perNotch : PIXELS_PER_NOTCH);
  }
}
