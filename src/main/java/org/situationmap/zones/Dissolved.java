package org.situationmap.zones;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
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
          Geometry merged = Overlay.union(parts);
          zones.add(
              new Zone(region.name(), status, WebMercator.unproject(merged), state.km2(r, status)));
        }
      }
      Geometry rest =
          all.isEmpty()
              ? region.land()
              : Polygonal.part(Overlay.difference(region.land(), Overlay.union(all)));
      if (!rest.isEmpty()) {
        zones.add(
            new Zone(
                region.name(),
                ControlStatus.UNKNOWN,
                WebMercator.unproject(rest),
                state.km2(r, ControlStatus.UNKNOWN)));
      }
    }
    return zones;
  }
}
