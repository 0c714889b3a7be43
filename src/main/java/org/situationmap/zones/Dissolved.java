package org.situationmap.zones;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.situationmap.domain.ControlStatus;

/**
 * The zones of a date merged into one shape per region and status, in lon/lat degrees, for files
 * and reports ({@link ControlStatus#UNKNOWN}: the land assigned to no place). Stateless.
 */
public final class Dissolved {
  /**
   * One region's land held by one status.
   *
   * @param region the region's name
   * @param status the status
   * @param lonLat polygonal, lon/lat degrees
   * @param km2 its area on the ellipsoid
   */
  public record Zone(String region, ControlStatus status, Geometry lonLat, double km2) {}

  private Dissolved() {}

  /** Every non-empty region × status zone of a state, regions in order, statuses in enum order. */
  public static List<Zone> of(ZoneState state, List<LandRegion> regions) {
    List<Zone> zones = new ArrayList<>();
    for (int r = 0; r < regions.size(); r++) {
      LandRegion region = regions.get(r);
      List<Geometry> all = new ArrayList<>();
      for (ControlStatus status : ControlStatus.values()) {
        if (status == ControlStatus.UNKNOWN) {
          continue;
        }
        List<Geometry> parts = new ArrayList<>();
        for (Cell c : state.cells()) {
          if (c.region() == r && state.status(c.place()) == status) {
            parts.add(c.geometry());
          }
        }
        all.addAll(parts);
        if (!parts.isEmpty()) {
          Geometry merged = UnaryUnionOp.union(parts);
          zones.add(new Zone(region.name(), status, toLonLat(merged), state.km2(r, status)));
        }
      }
      Geometry rest =
          all.isEmpty()
              ? region.land()
              : Polygonal.part(region.land().difference(UnaryUnionOp.union(all)));
      if (!rest.isEmpty()) {
        zones.add(
            new Zone(
                region.name(),
                ControlStatus.UNKNOWN,
                toLonLat(rest),
                state.km2(r, ControlStatus.UNKNOWN)));
      }
    }
    return zones;
  }

  /** A web-Mercator geometry in lon/lat degrees. */
  public static Geometry toLonLat(Geometry mercator) {
    return new GeometryTransformer() {
      @Override
      protected org.locationtech.jts.geom.CoordinateSequence transformCoordinates(
          org.locationtech.jts.geom.CoordinateSequence coords, Geometry parent) {
        org.locationtech.jts.geom.CoordinateSequence out = coords.copy();
        for (int i = 0; i < out.size(); i++) {
          out.setOrdinate(i, 0, WebMercator.lon(coords.getX(i)));
          out.setOrdinate(i, 1, WebMercator.lat(coords.getY(i)));
        }
        return out;
      }
    }.transform(mercator);
  }
}
