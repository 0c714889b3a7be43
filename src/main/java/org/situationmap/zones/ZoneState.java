package org.situationmap.zones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.situationmap.domain.ControlStatus;
import org.situationmap.timeline.TimelineIndex;

/**
 * The zones at one date: each cell's status (that of its place), the area each status holds in each
 * region, and the front line. Immutable once made; thread-safe.
 */
public final class ZoneState {
  private static final ControlStatus[] STATUSES = ControlStatus.values();
  private static final GeometryFactory POINTS = new GeometryFactory();

  private final LocalDate date;
  private final TimelineIndex index;
  private final ZoneCells cells;
  private final List<LandRegion> regions;
  private final double capKm;
  private final byte[] statuses;
  private final double[][] km2; // [region][status ordinal]
  private final List<Geometry> front = new ArrayList<>();

  ZoneState(
      LocalDate date,
      TimelineIndex index,
      ZoneCells cells,
      byte[] statuses,
      List<LandRegion> regions,
      double capKm) {
    this.date = date;
    this.capKm = capKm;
    this.index = index;
    this.regions = regions;
    this.cells = cells;
    this.statuses = statuses;
    km2 = new double[regions.size()][STATUSES.length];
    for (Cell c : cells.cells()) {
      km2[c.region()][statuses[c.place()]] += c.km2(); // a place with no status yet: unassigned
    }
    double[] unassigned = cells.unassignedKm2();
    for (int r = 0; r < regions.size(); r++) {
      km2[r][ControlStatus.UNKNOWN.ordinal()] += unassigned[r];
    }
    for (Border b : cells.borders()) {
      if (isFront(status(b.placeA()), status(b.placeB()))) {
        front.add(b.line());
      }
    }
  }

  /** A front runs between Russian-held land and land held by Ukraine or contested. */
  static boolean isFront(ControlStatus a, ControlStatus b) {
    return (a == ControlStatus.RUSSIA && b != ControlStatus.RUSSIA && b != ControlStatus.UNKNOWN)
        || (b == ControlStatus.RUSSIA && a != ControlStatus.RUSSIA && a != ControlStatus.UNKNOWN);
  }

  /** The date. */
  public LocalDate date() {
    return date;
  }

  /** The distance cap in km the zones were estimated with. */
  public double capKm() {
    return capKm;
  }

  /** The land regions, in the order {@link #km2(int, ControlStatus)} counts them. */
  public List<LandRegion> regions() {
    return regions;
  }

  /** The timeline index whose places the cells belong to. */
  public TimelineIndex index() {
    return index;
  }

  /** The cells this state colours. */
  ZoneCells zoneCells() {
    return cells;
  }

  /** The cells, coloured by {@link #status(int)} of their place. */
  public List<Cell> cells() {
    return cells.cells();
  }

  /** The status at this date of a place (its index in the timeline index). */
  public ControlStatus status(int place) {
    return STATUSES[statuses[place]];
  }

  /**
   * The area in km² a status holds in a region; {@link ControlStatus#UNKNOWN} is the land assigned
   * to no place.
   */
  public double km2(int region, ControlStatus status) {
    return km2[region][status.ordinal()];
  }

  /** The area in km² a status holds in all regions together. */
  public double km2(ControlStatus status) {
    double sum = 0;
    for (double[] row : km2) {
      sum += row[status.ordinal()];
    }
    return sum;
  }

  /** The front line: the borders between Russian-held cells and the others, as line pieces. */
  public List<Geometry> front() {
    return List.copyOf(front);
  }

  /** The place whose cell contains a web-Mercator point, or -1 (sea, unassigned land). */
  public int placeAt(double x, double y) {
    Point pt = POINTS.createPoint(new Coordinate(x, y));
    for (Cell c : cells.cells()) {
      if (c.geometry().getEnvelopeInternal().contains(x, y) && c.geometry().contains(pt)) {
        return c.place();
      }
    }
    return -1;
  }
}
