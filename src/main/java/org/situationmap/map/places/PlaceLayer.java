package org.situationmap.map.places;

import com.gluonhq.maps.MapLayer;
import java.util.OptionalInt;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.locationtech.jts.geom.Envelope;

/**
 * The Gluon map layer that shows every place on one {@link Canvas} (not one node per place), drawn
 * by {@link PlaceRenderer}. {@link #layoutLayer()} derives a linear projection from two map points
 * and redraws; it runs on every pan, so it does no allocation proportional to the data beyond the
 * visible set.
 */
public final class PlaceLayer extends MapLayer {
  /** Extra pixels around a symbol that still count as a hit. */
  public static final double HIT_TOLERANCE = 4;

  private final Canvas canvas = new Canvas();
  private PlaceFrame frame;
  private Projection projection;

  /** Creates an empty layer. */
  public PlaceLayer() {
    canvas.setMouseTransparent(true);
    getChildren().add(canvas);
  }

  /** Shows a frame (FX thread). */
  public void setFrame(PlaceFrame newFrame) {
    this.frame = newFrame;
    markDirty();
  }

  /** The frame shown, or null. */
  public PlaceFrame frame() {
    return frame;
  }

  @Override
  protected void layoutLayer() {
    if (getParent() == null) {
      return;
    }
    double w = getParent().getLayoutBounds().getWidth();
    double h = getParent().getLayoutBounds().getHeight();
    if (canvas.getWidth() != w || canvas.getHeight() != h) {
      canvas.setWidth(w);
      canvas.setHeight(h);
    }
    Point2D a = getMapPoint(48.0, 37.0);
    Point2D b = getMapPoint(48.0, 39.0);
    if (a == null || b == null) {
      return;
    }
    projection = Projection.fromTwoPoints(48.0, 37.0, a.getX(), a.getY(), 48.0, 39.0, b.getX());
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.clearRect(0, 0, w, h);
    if (frame != null) {
      PlaceRenderer.draw(frame, gc, projection, w, h);
    }
  }

  /** The projection of the last drawn frame, or null before the first layout. */
  public Projection projection() {
    return projection;
  }

  /** The place drawn nearest to a point in this layer's coordinates, within its symbol. */
  public OptionalInt hit(double x, double y) {
    if (frame == null || projection == null) {
      return OptionalInt.empty();
    }
    PlaceSet set = frame.set();
    double factor = PlaceStyle.zoomFactor(projection.zoom());
    double reach = (set.maxRadius * factor + HIT_TOLERANCE) / projection.scale();
    double ux = projection.unitXAt(x);
    double uy = projection.unitYAt(y);
    int best = -1;
    double bestDistance = Double.MAX_VALUE;
    for (int i : set.query(new Envelope(ux - reach, ux + reach, uy - reach, uy + reach))) {
      double d = Math.hypot(projection.x(set.ux[i]) - x, projection.y(set.uy[i]) - y);
      if (d <= set.radius[i] * factor + HIT_TOLERANCE && d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /** True when place i is drawn inside the layer's current bounds. */
  public boolean isInView(int i) {
    Point2D p = positionOf(i);
    return p != null
        && p.getX() >= 0
        && p.getY() >= 0
        && p.getX() <= canvas.getWidth()
        && p.getY() <= canvas.getHeight();
  }

  /** Where place i is drawn, in this layer's coordinates (null before the first layout). */
  public Point2D positionOf(int i) {
    if (frame == null || projection == null) {
      return null;
    }
    return new Point2D(projection.x(frame.set().ux[i]), projection.y(frame.set().uy[i]));
  }
}
