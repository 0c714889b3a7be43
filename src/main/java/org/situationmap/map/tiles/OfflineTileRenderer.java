package org.situationmap.map.tiles;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.situationmap.io.basemap.Basemap;
import org.situationmap.io.basemap.BasemapFeature;
import org.situationmap.io.basemap.BasemapLayer;

/**
 * Renders 256×256 Web Mercator tiles of the offline basemap with Java2D. Toolkit-free, so the same
 * drawing serves the screen (through {@link OfflineTileSource}) and headless export. The tiles
 * carry no names: the basemap's names ({@link #names()}) are written over the map, where no place's
 * name is. Thread-safe: each call draws into its own image.
 */
public final class OfflineTileRenderer {
  private static final int SIZE = TileMath.TILE_SIZE;
  private final Basemap basemap;
  private final BasemapNames names;

  /** Creates a renderer for a loaded basemap. */
  public OfflineTileRenderer(Basemap basemap) {
    this.basemap = basemap;
    this.names = BasemapNames.of(basemap);
  }

  /** The names of the basemap, to write over the map. */
  public BasemapNames names() {
    return names;
  }

  /** Renders tile (x, y) at an integer zoom into a new 256×256 ARGB image. */
  public BufferedImage render(int zoom, long x, long y) {
    return render(zoom, x, y, 1);
  }

  /**
   * Renders tile (x, y) at an integer zoom into a new ARGB image of {@code 256 * pixelRatio} pixels
   * square: the same drawing, sharper (for 2× exports).
   */
  public BufferedImage render(int zoom, long x, long y, int pixelRatio) {
    if (pixelRatio < 1 || pixelRatio > 4) {
      throw new IllegalArgumentException("pixel ratio must be 1 to 4, got " + pixelRatio);
    }
    int size = SIZE * pixelRatio;
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    try {
      g.scale(pixelRatio, pixelRatio);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      draw(g, new TileFrame(zoom, x * SIZE, y * SIZE));
    } finally {
      g.dispose();
    }
    return img;
  }

  private void draw(Graphics2D g, TileFrame f) {
    g.setColor(BasemapStyle.OUTSIDE);
    g.fillRect(0, 0, SIZE, SIZE);
    g.setColor(BasemapStyle.LAND);
    g.fill(f.rectangle(Basemap.COVERAGE));
    fillLayer(g, f, basemap.oblasts(), BasemapStyle.FOCUS_FILL, "focus");
    fillLayer(g, f, basemap.coast(), BasemapStyle.WATER, "water");
    g.setColor(BasemapStyle.SHORE);
    g.setStroke(BasemapStyle.shoreStroke(f.zoom()));
    for (BasemapFeature feature : basemap.coast().features()) {
      if ("shoreline".equals(feature.property("kind"))
          && f.intersects(feature.geometry().getEnvelopeInternal())) {
        g.draw(f.path(feature.geometry()));
      }
    }
    strokeRivers(g, f);
    strokeOblasts(g, f);
    g.setColor(BasemapStyle.BORDER_LINE);
    g.setStroke(BasemapStyle.borderStroke(f.zoom()));
    strokeLayer(g, f, basemap.borders());
  }

  private void fillLayer(Graphics2D g, TileFrame f, BasemapLayer layer, Color color, String only) {
    g.setColor(color);
    for (BasemapFeature feature : layer.features()) {
      boolean wanted =
          switch (only) {
            case "focus" -> BasemapStyle.isFocus(feature.property("name"));
            case "water" -> !"shoreline".equals(feature.property("kind"));
            default -> true;
          };
      if (!wanted) {
        continue;
      }
      Geometry geom = feature.geometry();
      if (f.intersects(geom.getEnvelopeInternal())) {
        g.fill(f.path(geom));
      }
    }
  }

  private void strokeLayer(Graphics2D g, TileFrame f, BasemapLayer layer) {
    for (BasemapFeature feature : layer.features()) {
      if (f.intersects(feature.geometry().getEnvelopeInternal())) {
        g.draw(f.path(feature.geometry()));
      }
    }
  }

  private void strokeRivers(Graphics2D g, TileFrame f) {
    g.setColor(BasemapStyle.RIVER);
    for (BasemapFeature feature : basemap.rivers().features()) {
      boolean major = feature.property("name") != null;
      if (!major && f.zoom() < 6) {
        continue;
      }
      if (f.intersects(feature.geometry().getEnvelopeInternal())) {
        g.setStroke(BasemapStyle.riverStroke(f.zoom(), major));
        g.draw(f.path(feature.geometry()));
      }
    }
  }

  private void strokeOblasts(Graphics2D g, TileFrame f) {
    for (boolean focus : new boolean[] {false, true}) {
      g.setColor(focus ? BasemapStyle.FOCUS_LINE : BasemapStyle.OBLAST_LINE);
      g.setStroke(focus ? BasemapStyle.focusStroke(f.zoom()) : BasemapStyle.oblastStroke(f.zoom()));
      for (BasemapFeature feature : basemap.oblasts().features()) {
        if (BasemapStyle.isFocus(feature.property("name")) == focus
            && f.intersects(feature.geometry().getEnvelopeInternal())) {
          g.draw(f.path(feature.geometry()));
        }
      }
    }
  }

  /** The placement of one tile in world pixels at an integer zoom. */
  private record TileFrame(int zoom, double originX, double originY) {
    double x(double lon) {
      return TileMath.lonToX(lon, zoom) - originX;
    }

    double y(double lat) {
      return TileMath.latToY(lat, zoom) - originY;
    }

    boolean intersects(Envelope env) {
      return x(env.getMaxX()) >= -4
          && x(env.getMinX()) <= SIZE + 4
          && y(env.getMinY()) >= -4
          && y(env.getMaxY()) <= SIZE + 4;
    }

    Path2D.Double rectangle(Envelope env) {
      Path2D.Double p = new Path2D.Double();
      p.moveTo(x(env.getMinX()), y(env.getMaxY()));
      p.lineTo(x(env.getMaxX()), y(env.getMaxY()));
      p.lineTo(x(env.getMaxX()), y(env.getMinY()));
      p.lineTo(x(env.getMinX()), y(env.getMinY()));
      p.closePath();
      return p;
    }

    Path2D.Double path(Geometry geom) {
      Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
      for (int i = 0; i < geom.getNumGeometries(); i++) {
        Geometry part = geom.getGeometryN(i);
        if (part instanceof Polygon poly) {
          append(p, poly.getExteriorRing().getCoordinates(), true);
          for (int h = 0; h < poly.getNumInteriorRing(); h++) {
            append(p, poly.getInteriorRingN(h).getCoordinates(), true);
          }
        } else if (part instanceof LineString line) {
          append(p, line.getCoordinates(), false);
        }
      }
      return p;
    }

    private void append(Path2D.Double p, Coordinate[] cs, boolean close) {
      for (int i = 0; i < cs.length; i++) {
        double px = x(cs[i].x);
        double py = y(cs[i].y);
        if (i == 0) {
          p.moveTo(px, py);
        } else {
          p.lineTo(px, py);
        }
      }
      if (close) {
        p.closePath();
      }
    }
  }
}
