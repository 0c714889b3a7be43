package org.situationmap.ui.notes;

import java.util.ArrayList;
import java.util.List;
import org.situationmap.domain.GeoPoint;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.timeline.TimelineIndex;

/**
 * The sites (a plant, a bridge, a station) in and around a city or town, so that clicking the town
 * also shows what happened at them. Toolkit-free.
 */
final class NearbySites {
  /** Sites closer than this to a town's point count as in or around it. */
  static final double RADIUS_KM = 8;

  private NearbySites() {}

  /**
   * Indices of the sites within {@link #RADIUS_KM} of place {@code i}; none for sites and villages.
   */
  static List<Integer> of(TimelineIndex index, int i) {
    Place p = index.place(i);
    List<Integer> out = new ArrayList<>();
    if (p.kind() != PlaceKind.CITY && p.kind() != PlaceKind.TOWN) {
      return out;
    }
    for (int j = 0; j < index.size(); j++) {
      Place q = index.place(j);
      if (j != i && q.kind() == PlaceKind.SITE && km(p.location(), q.location()) <= RADIUS_KM) {
        out.add(j);
      }
    }
    return out;
  }

  /** Great-circle distance in kilometres. */
  static double km(GeoPoint a, GeoPoint b) {
    double dLat = Math.toRadians(b.lat() - a.lat());
    double dLon = Math.toRadians(b.lon() - a.lon());
    double h =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(a.lat()))
                * Math.cos(Math.toRadians(b.lat()))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371.0 * Math.asin(Math.sqrt(h));
  }
}
