package org.situationmap.map.overlay;

import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * An overlay on the live map as a canvas of the view's size, cleared and drawn with {@link
 * Overlay#draw} for each frame. A frame the overlay has nothing to draw for leaves the canvas empty
 * and sized 0, so that it costs nothing to show.
 */
final class CanvasPart implements ScreenPart {
  private final Overlay overlay;
  private final Predicate<MapFrame> draws;
  private final Canvas canvas = new Canvas();

  /** Shows {@code overlay} on frames for which {@code draws} holds. */
  CanvasPart(Overlay overlay, Predicate<MapFrame> draws) {
    this.overlay = overlay;
    this.draws = draws;
    canvas.setMouseTransparent(true);
  }

  @Override
  public Node node() {
    return canvas;
  }

  @Override
  public void show(MapFrame frame, double outputScale) {
    if (!draws.test(frame)) {
      clear();
      return;
    }
    if (canvas.getWidth() != frame.width() || canvas.getHeight() != frame.height()) {
      canvas.setWidth(frame.width());
      canvas.setHeight(frame.height());
    }
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.clearRect(0, 0, frame.width(), frame.height());
    gc.save();
    overlay.draw(gc, frame);
    gc.restore();
  }

  @Override
  public void clear() {
    if (canvas.getWidth() > 0) {
      canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
      canvas.setWidth(0);
      canvas.setHeight(0);
    }
  }
}
