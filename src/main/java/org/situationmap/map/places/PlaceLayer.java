package org.situationmap.map.places;

import com.gluonhq.maps.MapLayer;
import java.util.List;
import java.util.OptionalInt;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.locationtech.jts.geom.Envelope;
import org.situationmap.map.places.raster.SymbolCache;

/**
 * The Gluon map layer that shows every place in one image (not one node per place), drawn by {@link
 * PlaceRenderer} at the window's output scale (crisp on HiDPI screens) and shown in an {@link
 * ImageView}: the image is the renderer's own buffer, so a frame is painted once and not copied
 * onto a canvas, and a new date repaints only what changed. A view too large for an image is drawn
 * as paths on a {@link Canvas}. {@link #layoutLayer()} derives a linear projection from two map
 * points and redraws; it runs on every pan, so it does no allocation proportional to the data
 * beyond the visible set.
 */
public final class PlaceLayer extends MapLayer {
  /** Extra pixels around a symbol that still count as a hit. */
  public static final double HIT_TOLERANCE = 4;

  private final ImageView image = new ImageView();
  private final InvalidationListener rescaled = o -> markDirty();
  private final ChangeListener<Window> windowChanged =
      (o, was, now) -> {
        if (was != null) {
          was.outputScaleXProperty().removeListener(rescaled);
        }
        if (now != null) {
          now.outputScaleXProperty().addListener(rescaled);
        }
        markDirty();
      };
  private final Canvas canvas = new Canvas();
  private final PlaceRenderer renderer;
  private final SymbolCache symbols;
  private PlaceFrame frame;
  private Projection projection;
  private double width;
  private double height;

  /** Creates an empty layer drawing with symbol images from {@code symbols}. */
  public PlaceLayer(SymbolCache symbols) {
    this.symbols = symbols;
    this.renderer = new PlaceRenderer(symbols);
    image.setMouseTransparent(true);
    image.setSmooth(false);
    canvas.setMouseTransparent(true);
    getChildren().addAll(image, canvas);
    // Redraw at the new resolution when the window moves to a screen of another scale.
    sceneProperty()
        .addListener(
            (o, was, now) -> {
              if (was != null) {
                was.windowProperty().removeListener(windowChanged);
                windowChanged.changed(null, was.getWindow(), null);
              }
              if (now != null) {
                now.windowProperty().addListener(windowChanged);
                windowChanged.changed(null, null, now.getWindow());
              }
            });
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
    width = getParent().getLayoutBounds().getWidth();
    height = getParent().getLayoutBounds().getHeight();
    Point2D a = getMapPoint(48.0, 37.0);
    Point2D b = getMapPoint(48.0, 39.0);
    if (a == null || b == null) {
      return;
    }
    projection = Projection.fromTwoPoints(48.0, 37.0, a.getX(), a.getY(), 48.0, 39.0, b.getX());
    double scale = outputScale();
    List<PlacedLabel> labels =
        frame == null ? List.of() : renderer.labels(frame, projection, width, height);
    WritableImage shown =
        frame == null ? null : renderer.image(frame, projection, width, height, scale, labels);
    if (shown != null) {
      // A dense view comes at scale 1 (see PlaceRenderer.image).
      double used = shown.getWidth() == Math.ceil(width * scale) ? scale : 1;
      image.setImage(shown);
      image.setFitWidth(shown.getWidth() / used);
      image.setFitHeight(shown.getHeight() / used);
      clearCanvas();
      return;
    }
    image.setImage(null);
    if (canvas.getWidth() != width || canvas.getHeight() != height) {
      canvas.setWidth(width);
      canvas.setHeight(height);
    }
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.clearRect(0, 0, width, height);
    if (frame != null && !renderer.draw(gc, frame, projection, width, height, labels)) {
      PlaceRenderer.drawLabels(gc, frame.set(), labels);
    }
  }

  /** Device pixels per layout pixel of the window showing the layer (1 before it is shown). */
  private double outputScale() {
    Window window = getScene() == null ? null : getScene().getWindow();
    if (window == null || window.getOutputScaleX() != window.getOutputScaleY()) {
      return 1;
    }
    return Math.max(1, window.getOutputScaleX());
  }

  private void clearCanvas() {
    if (canvas.getWidth() > 0) {
      canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
      canvas.setWidth(0);
      canvas.setHeight(0);
    }
  }

  /** The symbol images the layer draws with (exports from the app can share them). */
  public SymbolCache symbols() {
    return symbols;
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
    return p != null && p.getX() >= 0 && p.getY() >= 0 && p.getX() <= width && p.getY() <= height;
  }

  /** Where place i is drawn, in this layer's coordinates (null before the first layout). */
  public Point2D positionOf(int i) {
    if (frame == null || projection == null) {
      return null;
    }
    return new Point2D(projection.x(frame.set().ux[i]), projection.y(frame.set().uy[i]));
  }
}
