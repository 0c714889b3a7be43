package org.situationmap.map.places;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Objects;
import org.situationmap.timeline.TimelineIndex;

/**
 * What one drawn frame shows: every place's status at a date, which places changed in the 7 days up
 * to it (halo), and the selected place. Immutable once built (the arrays are not shared).
 */
public final class PlaceFrame {
  /** A halo marks a change within this many days up to the selected date. */
  public static final int HALO_DAYS = 7;

  private final PlaceSet set;
  private final LocalDate date;
  private final byte[] statuses;
  private final BitSet halos;
  private final int selected;

  private PlaceFrame(PlaceSet set, LocalDate date, byte[] statuses, BitSet halos, int selected) {
    this.set = set;
    this.date = date;
    this.statuses = statuses;
    this.halos = halos;
    this.selected = selected;
  }

  /** Computes the frame for a date; {@code selected} is a place index or -1. */
  public static PlaceFrame at(PlaceSet set, LocalDate date, int selected) {
    TimelineIndex index = set.index();
    byte[] statuses = new byte[index.size()];
    index.statusesAt(date, statuses);
    return new PlaceFrame(set, date, statuses, halos(index, date), selected);
  }

  /**
   * The frame for a date computed from the previous frame by applying only the changes between the
   * two dates (the scrubbing and playback path). Gives the same frame as {@link #at} for the
   * previous frame's set; use {@link #at} for a new set.
   */
  public static PlaceFrame next(PlaceFrame previous, LocalDate date, int selected) {
    Objects.requireNonNull(previous, "previous");
    PlaceSet set = previous.set;
    TimelineIndex index = set.index();
    byte[] statuses = previous.statuses.clone();
    index.moveStatuses(previous.date, date, statuses);
    return new PlaceFrame(set, date, statuses, halos(index, date), selected);
  }

  private static BitSet halos(TimelineIndex index, LocalDate date) {
    BitSet halos = new BitSet(index.size());
    index.changedWithin(date, HALO_DAYS, halos);
    return halos;
  }

  /**
   * The same frame with other places marked by a halo (copied): compare mode marks the places whose
   * status differs from another date's instead of those that changed in the last days.
   */
  public PlaceFrame withHalos(BitSet marked) {
    return new PlaceFrame(set, date, statuses, (BitSet) marked.clone(), selected);
  }

  /** The same frame with another selection (statuses are shared, not recomputed). */
  public PlaceFrame withSelected(int newSelected) {
    return new PlaceFrame(set, date, statuses, halos, newSelected);
  }

  /** The places. */
  public PlaceSet set() {
    return set;
  }

  /** The date drawn. */
  public LocalDate date() {
    return date;
  }

  /** Status ordinal of place i. */
  public byte status(int i) {
    return statuses[i];
  }

  /** True when place i changed within {@link #HALO_DAYS} days up to the date. */
  public boolean halo(int i) {
    return halos.get(i);
  }

  /** The selected place index, or -1. */
  public int selected() {
    return selected;
  }
}
