package org.situationmap.testing;

import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.situationmap.domain.ControlStatus;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.places.PlaceStyle;
import org.situationmap.map.places.PlacedLabel;
import org.situationmap.map.places.Projection;
import org.situationmap.map.places.SymbolStyle;

/**
 * Which marker a reader ties a drawn name to: the marker nearest to the name's leader line, or, for
 * a name beside its marker, to the sides of its box that face its own marker. Markers are measured
 * as drawn at the frame's date (a circle, a square or a diamond of the place's size at the zoom),
 * every marker of the view by brute force: an oracle apart from the placement's own arithmetic.
 */
public final class LabelReading {
  private LabelReading() {}

  /** The place a reader takes {@code label} for, in a w×h view (FX thread: measures the name). */
  public static int tiedPlace(
      PlaceFrame frame, Projection p, double w, double h, PlacedLabel label) {
    PlaceSet set = frame.set();
    double factor = PlaceStyle.zoomFactor(p.zoom());
    List<double[]> tie = tie(set, p, factor, label);
    int best = -1;
    double bestGap = Double.MAX_VALUE;
    boolean tied = false;
    for (int j = 0; j < set.size(); j++) {
      double x = p.x(set.unitX(j));
      double y = p.y(set.unitY(j));
      double r = set.radius(j) * factor;
      if (x < -r || y < -r || x > w + r || y > h + r) {
        continue; // not drawn
      }
      Path2D shape = shape(ControlStatus.values()[frame.status(j)], x, y, r);
      double gap = Double.MAX_VALUE;
      for (double[] s : tie) {
        gap = Math.min(gap, gap(shape, s));
      }
      if (gap < bestGap - 1e-9) {
        best = j;
        bestGap = gap;
        tied = false;
      } else if (Math.abs(gap - bestGap) <= 1e-9) {
        tied = true;
      }
    }
    return tied ? -1 : best;
  }

  /** The segments a reader follows from a name to its marker. */
  private static List<double[]> tie(PlaceSet set, Projection p, double factor, PlacedLabel label) {
    if (label.leader() != null) {
      PlacedLabel.Leader l = label.leader();
      return List.of(new double[] {l.x0(), l.y0(), l.x1(), l.y1()});
    }
    Rectangle2D b = label.bounds(set);
    double cx = p.x(set.unitX(label.i()));
    double cy = p.y(set.unitY(label.i()));
    double[][] sides = {
      {b.getMinX(), b.getMinY(), b.getMinX(), b.getMaxY()},
      {b.getMaxX(), b.getMinY(), b.getMaxX(), b.getMaxY()},
      {b.getMinX(), b.getMinY(), b.getMaxX(), b.getMinY()},
      {b.getMinX(), b.getMaxY(), b.getMaxX(), b.getMaxY()}
    };
    double nearest = Double.MAX_VALUE;
    for (double[] s : sides) {
      nearest = Math.min(nearest, Line2D.ptSegDist(s[0], s[1], s[2], s[3], cx, cy));
    }
    List<double[]> facing = new ArrayList<>();
    for (double[] s : sides) {
      if (Line2D.ptSegDist(s[0], s[1], s[2], s[3], cx, cy) <= nearest + 0.01) {
        facing.add(s);
      }
    }
    return facing;
  }

  private static Path2D shape(ControlStatus status, double x, double y, double r) {
    Path2D.Double path = new Path2D.Double();
    switch (PlaceStyle.shape(status)) {
      case SQUARE -> {
        double h = r * SymbolStyle.SQUARE_HALF_SIDE;
        path.moveTo(x - h, y - h);
        path.lineTo(x + h, y - h);
        path.lineTo(x + h, y + h);
        path.lineTo(x - h, y + h);
      }
      case DIAMOND -> {
        double d = r * SymbolStyle.DIAMOND_HALF_DIAGONAL;
        path.moveTo(x, y - d);
        path.lineTo(x + d, y);
        path.lineTo(x, y + d);
        path.lineTo(x - d, y);
      }
      default -> {
        for (int k = 0; k < 72; k++) {
          double a = Math.PI * 2 * k / 72;
          if (k == 0) {
            path.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
          } else {
            path.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
          }
        }
      }
    }
    path.closePath();
    return path;
  }

  /** Distance between a convex shape and a segment, 0 where they touch or overlap. */
  private static double gap(Path2D shape, double[] s) {
    if (shape.contains(s[0], s[1]) || shape.contains(s[2], s[3])) {
      return 0;
    }
    List<double[]> corners = new ArrayList<>();
    double[] c = new double[6];
    for (var it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      if (it.currentSegment(c) != java.awt.geom.PathIterator.SEG_CLOSE) {
        corners.add(new double[] {c[0], c[1]});
      }
    }
    double gap = Double.MAX_VALUE;
    for (int k = 0; k < corners.size(); k++) {
      double[] a = corners.get(k);
      double[] b = corners.get((k + 1) % corners.size());
      if (Line2D.linesIntersect(a[0], a[1], b[0], b[1], s[0], s[1], s[2], s[3])) {
        return 0;
      }
      gap = Math.min(gap, Line2D.ptSegDist(s[0], s[1], s[2], s[3], a[0], a[1]));
      gap = Math.min(gap, Line2D.ptSegDist(a[0], a[1], b[0], b[1], s[0], s[1]));
      gap = Math.min(gap, Line2D.ptSegDist(a[0], a[1], b[0], b[1], s[2], s[3]));
    }
    return gap;
  }
}
