package org.situationmap.map.overlay;

import javafx.scene.canvas.GraphicsContext;
import org.situationmap.map.zones.ZonePainter;

/**
 * The control zones of a frame and their front line, above the basemap and below the places: drawn
 * when the frame has zones ({@link MapFrame#zones()}), nothing otherwise. On the live map it is a
 * canvas of its own, empty while the frame has no zones.
 */
final class ZoneOverlay implements Overlay {
  @Override
  public void draw(GraphicsContext gc, MapFrame frame) {
    if (frame.zones() != null) {
      ZonePainter.paint(gc, frame.zones(), frame.projection(), frame.width(), frame.height());
    }
  }

  @Override
  public ScreenPart onScreen() {
    return new CanvasPart(this, frame -> frame.zones() != null);
  }
}
