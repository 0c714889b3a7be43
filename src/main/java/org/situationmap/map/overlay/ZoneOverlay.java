package org.situationmap.map.overlay;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.Rectangle;
import org.situationmap.map.places.Projection;
import org.situationmap.map.zones.ZonePainter;
import org.situationmap.zones.ZoneState;

/**
 * The control zones of a frame and their front line, above the basemap and below the places: drawn
 * when the frame has zones ({@link MapFrame#zones()}), nothing otherwise. On the live map they are
 * painted on a canvas a margin larger than the view (clipped to the view, so the layer's bounds
 * stay the view's), and a pan within the margin only moves the canvas: filling thousands of cells
 * is the costly part, and panning is the most frequent frame.
 */
final class ZoneOverlay implements Overlay {
  /** Pixels painted beyond each edge of the view, so that pans up to this far repaint nothing. */
  static final double MARGIN = 256;

  @Override
  public void draw(GraphicsContext gc, MapFrame frame) {
    if (frame.zones() != null) {
      ZonePainter.paint(gc, frame.zones(), frame.projection(), frame.width(), frame.height());
    }
  }

  @Override
  public ScreenPart onScreen() {
    return new PannedPart();
  }

  /**
   * The zones on a canvas with a margin, repainted only for new zones, a new scale or a long pan.
   */
  static final class PannedPart implements ScreenPart {
    private final Canvas canvas = new Canvas();
    private final Rectangle view = new Rectangle();
    private final Group node = new Group(canvas); // clipped to the view: the margin is not shown
    private ZoneState painted;
    private Projection paintedWith;
    private double paintedWidth;
    private double paintedHeight;
    private int paints;

    PannedPart() {
      node.setMouseTransparent(true);
      node.setClip(view);
    }

    @Override
    public Node node() {
      return node;
    }

    @Override
    public void show(MapFrame frame, double outputScale) {
      ZoneState zones = frame.zones();
      if (zones == null) {
        clear();
        return;
      }
      Projection p = frame.projection();
      double dx = paintedWith == null ? 0 : p.offsetX() - paintedWith.offsetX();
      double dy = paintedWith == null ? 0 : p.offsetY() - paintedWith.offsetY();
      boolean reuse =
          zones == painted
              && p.scale() == paintedWith.scale()
              && frame.width() == paintedWidth
              && frame.height() == paintedHeight
              && Math.abs(dx) <= MARGIN
              && Math.abs(dy) <= MARGIN;
      if (!reuse) {
        paint(zones, p, frame.width(), frame.height());
        dx = 0;
        dy = 0;
      }
      canvas.setTranslateX(dx - MARGIN);
      canvas.setTranslateY(dy - MARGIN);
      view.setWidth(frame.width());
      view.setHeight(frame.height());
    }

    private void paint(ZoneState zones, Projection p, double w, double h) {
      double cw = w + 2 * MARGIN;
      double ch = h + 2 * MARGIN;
      if (canvas.getWidth() != cw || canvas.getHeight() != ch) {
        canvas.setWidth(cw);
        canvas.setHeight(ch);
      }
      GraphicsContext gc = canvas.getGraphicsContext2D();
      gc.clearRect(0, 0, cw, ch);
      Projection shifted = new Projection(p.scale(), p.offsetX() + MARGIN, p.offsetY() + MARGIN);
      gc.save();
      ZonePainter.paint(gc, zones, shifted, cw, ch);
      gc.restore();
      painted = zones;
      paintedWith = p;
      paintedWidth = w;
      paintedHeight = h;
      paints++;
    }

    /** How many times the zones were painted (for tests). */
    int paints() {
      return paints;
    }

    @Override
    public void clear() {
      painted = null;
      paintedWith = null;
      if (canvas.getWidth() > 0) {
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        canvas.setWidth(0);
        canvas.setHeight(0);
      }
      view.setWidth(0);
      view.setHeight(0);
    }
  }
}
