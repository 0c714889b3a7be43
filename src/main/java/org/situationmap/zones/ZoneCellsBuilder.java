package org.situationmap.zones;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.triangulate.DelaunayTriangulationBuilder;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.locationtech.jts.util.GeometricShapeFactory;

/**
 * Builds the {@link ZoneCells} of a set of places: a Voronoi diagram of their web-Mercator
 * positions, each cell cut to a circle of the distance cap around its place and to the land of each
 * region, and the borders between neighbouring cells (from the Delaunay edges) cut the same way.
 * One instance per set of regions; thread-safe (it keeps only immutable state).
 */
public final class ZoneCellsBuilder {
  private static final int CIRCLE_POINTS = 64;

  private final GeometryFactory factory = new GeometryFactory();
  private final List<LandRegion> regions;
  private final List<PreparedGeometry> prepared = new ArrayList<>();
  private final Envelope landEnvelope = new Envelope();

  /** A builder for cells on the land of these regions. */
  public ZoneCellsBuilder(List<LandRegion> regions) {
    this.regions = List.copyOf(regions);
    for (LandRegion r : this.regions) {
      prepared.add(r.prepared());
      landEnvelope.expandToInclude(r.land().getEnvelopeInternal());
    }
  }

  /** The regions, in the order cells refer to them. */
  public List<LandRegion> regions() {
    return regions;
  }

  /**
   * Builds the cells of the given places.
   *
   * @param places the places' indexes (ascending)
   * @param lon their longitudes in degrees, by index
   * @param lat their latitudes in degrees, by index
   * @param capKm the distance cap in km: land farther from every place stays unassigned
   */
  public ZoneCells build(int[] places, double[] lon, double[] lat, double capKm) {
    Map<Coordinate, Integer> siteToPlace = new HashMap<>();
    List<Coordinate> sites = new ArrayList<>();
    for (int p : places) {
      Coordinate c = new Coordinate(WebMercator.x(lon[p]), WebMercator.y(lat[p]));
      if (siteToPlace.putIfAbsent(c, p) == null) {
        sites.add(c);
      }
    }
    List<Cell> cells = new ArrayList<>();
    List<Border> borders = new ArrayList<>();
    double[] assigned = new double[regions.size()];
    if (!sites.isEmpty()) {
      Envelope clip = new Envelope(landEnvelope);
      clip.expandBy(capKm * 1000 * 4);
      for (Coordinate s : sites) {
        clip.expandToInclude(s);
      }
      Map<Integer, Geometry> rawByPlace = rawCells(sites, siteToPlace, clip);
      for (Map.Entry<Integer, Geometry> e : rawByPlace.entrySet()) {
        int p = e.getKey();
        Geometry capped = Overlay.intersection(e.getValue(), circle(lat[p], lon[p], capKm));
        addCells(p, capped, cells, assigned);
      }
      if (sites.size() > 1) {
        addBorders(sites, siteToPlace, rawByPlace, lon, lat, capKm, borders);
      }
    }
    double[] unassigned = new double[regions.size()];
    for (int r = 0; r < regions.size(); r++) {
      unassigned[r] = Math.max(0, regions.get(r).km2() - assigned[r]);
    }
    return new ZoneCells(places, cells, borders, unassigned);
  }

  private Map<Integer, Geometry> rawCells(
      List<Coordinate> sites, Map<Coordinate, Integer> siteToPlace, Envelope clip) {
    Map<Integer, Geometry> byPlace = new HashMap<>();
    if (sites.size() == 1) {
      byPlace.put(siteToPlace.get(sites.get(0)), factory.toGeometry(clip));
      return byPlace;
    }
    VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
    voronoi.setSites(sites);
    voronoi.setClipEnvelope(clip);
    Geometry diagram = voronoi.getDiagram(factory);
    for (int i = 0; i < diagram.getNumGeometries(); i++) {
      Geometry cell = diagram.getGeometryN(i);
      Integer place = siteToPlace.get((Coordinate) cell.getUserData());
      if (place != null) {
        byPlace.put(place, cell);
      }
    }
    return byPlace;
  }

  private void addCells(int place, Geometry capped, List<Cell> cells, double[] assigned) {
    Envelope env = capped.getEnvelopeInternal();
    for (int r = 0; r < regions.size(); r++) {
      if (!regions.get(r).land().getEnvelopeInternal().intersects(env)) {
        continue;
      }
      Geometry piece;
      if (prepared.get(r).containsProperly(capped)) {
        piece = capped;
      } else if (!prepared.get(r).intersects(capped)) {
        continue;
      } else {
        piece = Polygonal.part(Overlay.intersection(capped, regions.get(r).land()));
      }
      if (!piece.isEmpty()) {
        double km2 = EllipsoidArea.km2(piece);
        cells.add(new Cell(place, r, piece, km2));
        assigned[r] += km2;
      }
    }
  }

  private void addBorders(
      List<Coordinate> sites,
      Map<Coordinate, Integer> siteToPlace,
      Map<Integer, Geometry> rawByPlace,
      double[] lon,
      double[] lat,
      double capKm,
      List<Border> borders) {
    DelaunayTriangulationBuilder delaunay = new DelaunayTriangulationBuilder();
    delaunay.setSites(sites);
    Geometry edges = delaunay.getEdges(factory);
    for (int i = 0; i < edges.getNumGeometries(); i++) {
      LineString edge = (LineString) edges.getGeometryN(i);
      Integer a = siteToPlace.get(edge.getCoordinateN(0));
      Integer b = siteToPlace.get(edge.getCoordinateN(1));
      if (a == null || b == null) {
        continue;
      }
      Geometry shared = Overlay.intersection(rawByPlace.get(a), rawByPlace.get(b));
      if (shared.getDimension() != 1) {
        continue;
      }
      shared = Overlay.intersection(shared, circle(lat[a], lon[a], capKm));
      shared = Overlay.intersection(shared, circle(lat[b], lon[b], capKm));
      Geometry onLand = onLand(shared);
      if (!onLand.isEmpty()) {
        borders.add(new Border(Math.min(a, b), Math.max(a, b), onLand));
      }
    }
  }

  private Geometry onLand(Geometry line) {
    List<Geometry> parts = new ArrayList<>();
    for (int r = 0; r < regions.size(); r++) {
      if (line.isEmpty() || !prepared.get(r).intersects(line)) {
        continue;
      }
      Geometry part =
          prepared.get(r).containsProperly(line)
              ? line
              : Overlay.intersection(line, regions.get(r).land());
      for (int i = 0; i < part.getNumGeometries(); i++) {
        if (part.getGeometryN(i).getDimension() == 1 && !part.getGeometryN(i).isEmpty()) {
          parts.add(part.getGeometryN(i));
        }
      }
    }
    return factory.buildGeometry(parts);
  }

  /** A circle of the cap around a place, in web-Mercator metres at the place's scale. */
  private Geometry circle(double lat, double lon, double capKm) {
    GeometricShapeFactory shape = new GeometricShapeFactory(factory);
    shape.setCentre(new Coordinate(WebMercator.x(lon), WebMercator.y(lat)));
    shape.setSize(2 * capKm * 1000 * WebMercator.scale(lat));
    shape.setNumPoints(CIRCLE_POINTS);
    return shape.createCircle();
  }
}
