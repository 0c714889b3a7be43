package org.situationmap.map.zones;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.situationmap.domain.ControlStatus;
import org.situationmap.map.places.Projection;
import org.situationmap.zones.Cell;
import org.situationmap.zones.WebMercator;
import org.situationmap.zones.ZoneState;

/**
 * Paints the zones of a date and their front line onto a graphics context through a map projection:
 * one path per status (so that neighbouring cells of one status blend once, without seams), then
 * the front line. Cells outside the view are skipped. FX thread; stateless.
 */
public final class ZonePainter {
  private static final ControlStatus[] FILLED = {
    ControlStatus.UKRAINE, ControlStatus.RUSSIA, ControlStatus.CONTESTED
  };

  private ZonePainter() {}

  /** Paints the zones of a state onto a w×h view. */
  public static void paint(
      GraphicsContext gc, ZoneState state, Projection projection, double w, double h) {
    gc.save();
    gc.setFillRule(FillRule.NON_ZERO);
    for (ControlStatus status : FILLED) {
      Paint fill = ZoneStyle.fill(status);
      gc.beginPath();
      boolean any = false;
      for (Cell c : state.cells()) {
        if (state.status(c.place()) == status && visible(c.geometry(), projection, w, h)) {
          appendPolygons(gc, c.geometry(), projection);
          any = true;
        }
      }
      if (any) {
        gc.setFill(fill);
        gc.fill();
      }
    }
    paintFront(gc, state.front(), projection, w, h);
    gc.restore();
  }

  private static void paintFront(
      GraphicsContext gc, List<Geometry> front, Projection projection, double w, double h) {
    gc.setLineCap(StrokeLineCap.ROUND);
    gc.setLineJoin(StrokeLineJoin.ROUND);
    gc.beginPath();
    boolean any = false;
    for (Geometry g : front) {
      if (visible(g, projection, w, h)) {
        appendLines(gc, g, projection);
        any = true;
      }
    }
    if (!any) {
      return;
    }
    gc.setStroke(ZoneStyle.CASING);
    gc.setLineWidth(ZoneStyle.CASING_WIDTH);
    gc.stroke();
    gc.setStroke(ZoneStyle.FRONT);
    gc.setLineWidth(ZoneStyle.FRONT_WIDTH);
    gc.stroke();
  }

  private static boolean visible(Geometry g, Projection p, double w, double h) {
    var env = g.getEnvelopeInternal();
    double x0 = sx(p, env.getMinX());
    double x1 = sx(p, env.getMaxX());
    double y0 = sy(p, env.getMaxY());
    double y1 = sy(p, env.getMinY());
    return x1 >= 0 && x0 <= w && y1 >= 0 && y0 <= h;
  }

  private static void appendPolygons(GraphicsContext gc, Geometry g, Projection p) {
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof Polygon poly) {
        appendRing(gc, poly.getExteriorRing().getCoordinateSequence(), p);
        for (int r = 0; r < poly.getNumInteriorRing(); r++) {
          appendRing(gc, poly.getInteriorRingN(r).getCoordinateSequence(), p);
        }
      }
    }
  }

  private static void appendLines(GraphicsContext gc, Geometry g, Projection p) {
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof LineString line && !line.isEmpty()) {
        CoordinateSequence s = line.getCoordinateSequence();
        gc.moveTo(sx(p, s.getX(0)), sy(p, s.getY(0)));
        for (int k = 1; k < s.size(); k++) {
          gc.lineTo(sx(p, s.getX(k)), sy(p, s.getY(k)));
        }
      }
    }
  }

  /**
   * Appends a ring with the winding that makes holes holes under the non-zero rule: JTS keeps
   * shells and holes in opposite orientations once normalised, and the cells are built by overlay,
   * which returns them so.
   */
  private static void appendRing(GraphicsContext gc, CoordinateSequence s, Projection p) {
    if (s.size() < 4) {
      return;
    }
    gc.moveTo(sx(p, s.getX(0)), sy(p, s.getY(0)));
    for (int k = 1; k < s.size(); k++) {
      gc.lineTo(sx(p, s.getX(k)), sy(p, s.getY(k)));
    }
    gc.closePath();
  }

  /** Screen x of a web-Mercator easting. */
  static double sx(Projection p, double x) {
    return p.x(WebMercator.unitX(x));
  }

  /** Screen y of a web-Mercator northing. */
  static double sy(Projection p, double y) {
    return p.y(WebMercator.unitY(y));
  }
}
