package org.situationmap.map.overlay;

import com.gluonhq.maps.MapLayer;
import java.util.List;
import java.util.OptionalInt;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Point2D;
import javafx.stage.Window;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.PlaceRenderer;
import org.situationmap.map.places.PlacedLabel;
import org.situationmap.map.places.Projection;
import org.situationmap.map.places.raster.SymbolCache;
import org.situationmap.map.tiles.BasemapNames;
import org.situationmap.zones.WebMercator;
import org.situationmap.zones.ZoneState;

/**
 * The Gluon map layer that shows the live map's {@link Overlays}, one node each, in their order
 * over the basemap Gluon draws. {@link #layoutLayer()} derives the projection from two map points
 * and shows the frame through it; Gluon lays out its layers again on every pan, so a layout that
 * changes nothing (same frame, view and output scale) returns at once. Drawn at the window's output
 * scale (crisp on HiDPI screens), and again when the window moves to a screen of another scale.
 */
public final class OverlayLayer extends MapLayer {
  private final SymbolCache symbols;
  private final PlaceRenderer renderer;
  private final List<ScreenPart> parts;
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
  private PlaceFrame frame;
  private ZoneState zones;
  private BasemapNames names;
  private Projection projection;
  private double width;
  private double height;
  private MapFrame shown;
  private double shownScale;
  private final ReadOnlyObjectWrapper<MapFrame> drawn = new ReadOnlyObjectWrapper<>(this, "drawn");

  /** An empty layer drawing with symbol images from {@code symbols}. */
  public OverlayLayer(SymbolCache symbols) {
    this.symbols = symbols;
    renderer = new PlaceRenderer(symbols);
    parts = Overlays.forScreen(renderer).stream().map(Overlay::onScreen).toList();
    for (ScreenPart part : parts) {
      getChildren().add(part.node());
    }
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

  /** Shows a frame, or nothing (null), letting go of what was kept for the frames shown. */
  public void setFrame(PlaceFrame newFrame) {
    frame = newFrame;
    if (frame == null) {
      parts.forEach(ScreenPart::clear);
      shown = null;
      drawn.set(null);
    }
    markDirty();
  }

  /**
   * Shows control zones under the places (or none: null). Zones of another date than the frame's
   * are shown as given: the caller keeps them in step.
   */
  public void setZones(ZoneState newZones) {
    if (newZones != zones) {
      zones = newZones;
      markDirty();
    }
  }

  /**
   * Writes the basemap's names over the map (or none: null, when the basemap's tiles carry their
   * own).
   */
  public void setBasemapNames(BasemapNames newNames) {
    if (newNames != names) {
      names = newNames;
      markDirty();
    }
  }

  /** The zones shown, or null. */
  public ZoneState zones() {
    return zones;
  }

  /**
   * The place whose zone contains a point in this layer's coordinates, or -1 where no zone is shown
   * (sea, land assigned to no place, zones off).
   */
  public int zonePlaceAt(double x, double y) {
    if (zones == null || projection == null) {
      return -1;
    }
    return zones.placeAt(
        WebMercator.fromUnitX(projection.unitXAt(x)), WebMercator.fromUnitY(projection.unitYAt(y)));
  }

  /** The frame shown, or null. */
  public PlaceFrame frame() {
    return frame;
  }

  /** The symbol images the layer draws with (exports from the app share them). */
  public SymbolCache symbols() {
    return symbols;
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
    if (frame == null) {
      return;
    }
    MapFrame next = new MapFrame(frame, zones, projection, width, height, names);
    double scale = outputScale();
    if (next.equals(shown) && scale == shownScale) {
      return;
    }
    shown = null; // until every part shows the next frame
    for (ScreenPart part : parts) {
      part.show(next, scale);
    }
    shown = next;
    shownScale = scale;
    drawn.set(next);
  }

  /**
   * What the layer drew last: the frame, projection and size (null before a frame is drawn). It
   * changes with every new date, selection, pan, zoom and size of the map.
   */
  public ReadOnlyObjectProperty<MapFrame> drawnProperty() {
    return drawn.getReadOnlyProperty();
  }

  /** Device pixels per layout pixel of the window showing the layer (1 before it is shown). */
  private double outputScale() {
    Window window = getScene() == null ? null : getScene().getWindow();
    if (window == null || window.getOutputScaleX() != window.getOutputScaleY()) {
      return 1;
    }
    return Math.max(1, window.getOutputScaleX());
  }

  /** The places' names drawn last, in the drawn frame's pixels (empty before a frame is drawn). */
  public List<PlacedLabel> labels() {
    MapFrame f = shown;
    return f == null
        ? List.of()
        : renderer.labels(f.places(), f.projection(), f.width(), f.height());
  }

  /** The basemap's names drawn last, clear of the places' names (empty when none are drawn). */
  public List<PlacedName> basemapNames() {
    MapFrame f = shown;
    return f == null ? List.of() : BasemapNamePlacer.place(f, labels(), null);
  }

  /** The projection of the last layout, or null before the first. */
  public Projection projection() {
    return projection;
  }

  /** The place drawn nearest to a point in this layer's coordinates, within its symbol. */
  public OptionalInt hit(double x, double y) {
    if (frame == null || projection == null) {
      return OptionalInt.empty();
    }
    return frame.set().placeAt(projection, x, y);
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
    return new Point2D(projection.x(frame.set().unitX(i)), projection.y(frame.set().unitY(i)));
  }
}
