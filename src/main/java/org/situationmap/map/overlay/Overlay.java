package org.situationmap.map.overlay;

import javafx.scene.canvas.GraphicsContext;

/**
 * One thing drawn on the map, over those before it in {@link Overlays}, through the frame's
 * projection: the same overlay draws the live map and every exported image. FX thread.
 */
public interface Overlay {
  /**
   * Draws the overlay's part of a frame onto {@code gc}, whose units are the frame's pixels (its
   * transform may scale them to device pixels). The context's state is saved before and restored
   * after.
   */
  void draw(GraphicsContext gc, MapFrame frame);

  /**
   * How the overlay shows on the live map: by default on a canvas of the view's size, drawn with
   * {@link #draw} for every new frame or view.
   */
  default ScreenPart onScreen() {
    return new CanvasPart(this, frame -> true);
  }
}
