package org.situationmap.zones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.situationmap.domain.ControlStatus;

/**
 * The area each status holds, summed over the regions, at a series of dates: what an "area over
 * time" chart draws. Exact at each date (the zones of that date's set of places), so computing it
 * builds the cells of every set the dates meet: call it off the UI thread. Immutable.
 */
public final class AreaSeries {
  /** At most this many dates are sampled over a layer's whole period. */
  public static final int MAX_SAMPLES = 120;

  private final List<LocalDate> dates;
  private final double[][] km2; // [status ordinal][date]

  private AreaSeries(List<LocalDate> dates, double[][] km2) {
    this.dates = List.copyOf(dates);
    this.km2 = km2;
  }

  /**
   * Evenly spaced dates from {@code first} to {@code last} (both included), at most {@link
   * #MAX_SAMPLES} and at least a week apart.
   */
  public static List<LocalDate> samples(LocalDate first, LocalDate last) {
    long span = Math.max(0, last.toEpochDay() - first.toEpochDay());
    long step = Math.max(7, (span + MAX_SAMPLES - 2) / (MAX_SAMPLES - 1));
    List<LocalDate> out = new ArrayList<>();
    for (long d = 0; d < span; d += step) {
      out.add(first.plusDays(d));
    }
    out.add(last);
    return out;
  }

  /**
   * The areas at each date, in order; {@code progress} hears how many dates are done, and {@code
   * cancelled} stops the work early (the series then ends at the last date done).
   */
  public static AreaSeries of(
      Zones zones, List<LocalDate> dates, IntConsumer progress, BooleanSupplier cancelled) {
    ControlStatus[] statuses = ControlStatus.values();
    List<LocalDate> done = new ArrayList<>();
    double[][] km2 = new double[statuses.length][dates.size()];
    for (LocalDate date : dates) {
      if (cancelled.getAsBoolean()) {
        break;
      }
      ZoneState state = zones.at(date);
      for (ControlStatus s : statuses) {
        km2[s.ordinal()][done.size()] = state.km2(s);
      }
      done.add(date);
      progress.accept(done.size());
    }
    double[][] trimmed = new double[statuses.length][];
    for (int s = 0; s < statuses.length; s++) {
      trimmed[s] = Arrays.copyOf(km2[s], done.size());
    }
    return new AreaSeries(done, trimmed);
  }

  /** The dates, ascending. */
  public List<LocalDate> dates() {
    return dates;
  }

  /** The km² a status holds at the i-th date ({@link ControlStatus#UNKNOWN}: unassigned land). */
  public double km2(ControlStatus status, int i) {
    return km2[status.ordinal()][i];
  }
}
