package org.situationmap.zones;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.timeline.TimelineIndex;

/**
 * Control zones of a layer that has only places: at a date, the land of the regions goes to the
 * nearest place with a known status, up to a distance cap; sites make no zone. The cells of each
 * set of such places are built once (the set changes only when some place's first entry begins) and
 * kept in a small cache owned by this object; a new date only re-colours them. Thread-safe: queries
 * may run on any thread; a cache miss builds on the calling thread, so callers on a UI thread
 * should ask from a background executor.
 */
public final class Zones {
  /** The default distance cap in km. */
  public static final double DEFAULT_CAP_KM = 15;

  private static final int CACHED_SETS = 8;

  private final TimelineIndex index;
  private final ZoneCellsBuilder builder;
  private final double capKm;
  private final int[] candidates; // non-site places with entries, by first day
  private final long[] firstDays; // ascending, parallel to candidates
  private final double[] lon;
  private final double[] lat;
  private final Map<Integer, ZoneCells> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, ZoneCells> eldest) {
          return size() > CACHED_SETS;
        }
      };

  /** Zones of an index's places on the given land, with a distance cap in km (above 0). */
  public Zones(TimelineIndex index, List<LandRegion> regions, double capKm) {
    if (!(capKm > 0)) {
      throw new IllegalArgumentException("the distance cap must be above 0 km, got " + capKm);
    }
    this.index = index;
    this.builder = new ZoneCellsBuilder(regions);
    this.capKm = capKm;
    int n = index.size();
    lon = new double[n];
    lat = new double[n];
    Integer[] order = new Integer[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      Place p = index.place(i);
      lon[i] = p.location().lon();
      lat[i] = p.location().lat();
      if (p.kind() != PlaceKind.SITE && !p.control().isEmpty()) {
        order[count++] = i;
      }
    }
    Integer[] used = Arrays.copyOf(order, count);
    Arrays.sort(used, (a, b) -> Long.compare(firstDay(a), firstDay(b)));
    candidates = new int[count];
    firstDays = new long[count];
    for (int i = 0; i < count; i++) {
      candidates[i] = used[i];
      firstDays[i] = firstDay(used[i]);
    }
  }

  private long firstDay(int place) {
    List<ControlChange> control = index.place(place).control();
    return control.get(0).from().toEpochDay();
  }

  /** The land regions, in the order results refer to them. */
  public List<LandRegion> regions() {
    return builder.regions();
  }

  /** The distance cap in km. */
  public double capKm() {
    return capKm;
  }

  /** The timeline index the zones follow. */
  public TimelineIndex index() {
    return index;
  }

  /** The zones at a date: builds the cells of that date's set of places if not cached. */
  public ZoneState at(LocalDate date) {
    return colour(cellsAt(date), date);
  }

  /**
   * The cells of a state this object made, coloured at another date, without building anything:
   * what to show while the cells of that date build. A place with no status yet at the date leaves
   * its cell unfilled (its area counts as unassigned).
   */
  public ZoneState recoloured(ZoneState shown, LocalDate date) {
    if (shown.index() != index) {
      throw new IllegalArgumentException("the zones are of another layer");
    }
    return colour(shown.zoneCells(), date);
  }

  private ZoneState colour(ZoneCells cells, LocalDate date) {
    byte[] statuses = new byte[index.size()];
    for (int p : cells.places()) {
      statuses[p] = (byte) index.statusAt(p, date).ordinal();
    }
    return new ZoneState(date, index, cells, statuses, regions(), capKm);
  }

  /** Whether the cells for a date are already built (a query for it will not build). */
  public synchronized boolean isBuilt(LocalDate date) {
    return cache.containsKey(setSize(date));
  }

  /** The cells for the set of places with a known status at a date. */
  public ZoneCells cellsAt(LocalDate date) {
    int k = setSize(date);
    synchronized (this) {
      ZoneCells cached = cache.get(k);
      if (cached != null) {
        return cached;
      }
    }
    int[] places = Arrays.copyOf(candidates, k);
    Arrays.sort(places);
    ZoneCells built = builder.build(places, lon, lat, capKm);
    synchronized (this) {
      cache.put(k, built);
    }
    return built;
  }

  private int setSize(LocalDate date) {
    long day = date.toEpochDay();
    int lo = 0;
    int hi = firstDays.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (firstDays[mid] <= day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
