package org.situationmap.timeline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;

/**
 * Who controlled each place at any date, the dates on which anything changed, and the notes up to a
 * date. Places are addressed by their index in the list given to {@link #of}.
 *
 * <p>A place's status before its first control entry is {@link ControlStatus#UNKNOWN}; an entry
 * from date D holds from the start of D until the next entry. Queries are binary searches over
 * primitive epoch-day arrays, so {@link #statusesAt} for 100,000 places takes about a millisecond.
 *
 * <p>Immutable and thread-safe: built once per load, queried from any thread.
 */
public final class TimelineIndex {
  private static final ControlStatus[] STATUSES = ControlStatus.values();
  private static final byte UNKNOWN = (byte) ControlStatus.UNKNOWN.ordinal();
  private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

  private final List<Place> places;
  private final Map<String, Integer> indexById;
  private final int[] offsets; // control entries of place i: [offsets[i], offsets[i + 1])
  private final int[] days;
  private final byte[] statuses;
  private final int[] changeDays;
  private final List<LocalDate> changeDates;
  private final PlaceNotes notes;
  private final ChangeEvents events;
  private final LocalDate firstDate;
  private final LocalDate lastDate;

  private TimelineIndex(List<Place> places) {
    this.places = List.copyOf(places);
    int n = this.places.size();
    indexById = new HashMap<>(n * 2);
    offsets = new int[n + 1];
    for (int i = 0; i < n; i++) {
      Place place = this.places.get(i);
      if (indexById.putIfAbsent(place.id(), i) != null) {
        throw new IllegalArgumentException("duplicate place id '" + place.id() + "'");
      }
      offsets[i + 1] = offsets[i] + place.control().size();
    }
    days = new int[offsets[n]];
    statuses = new byte[offsets[n]];
    for (int i = 0; i < n; i++) {
      int k = offsets[i];
      for (ControlChange change : this.places.get(i).control()) {
        days[k] = Days.day(change.from());
        statuses[k++] = (byte) change.status().ordinal();
      }
    }
    events = new ChangeEvents(offsets, days, statuses, UNKNOWN);
    notes = new PlaceNotes(this.places);
    changeDays = events.distinctDays();
    changeDates = dates(changeDays);
    firstDate = firstDate(changeDays, notes);
    lastDate = lastDate(changeDays, notes);
  }

  private TimelineIndex(
      List<Place> places,
      Map<String, Integer> indexById,
      int[] offsets,
      int[] days,
      byte[] statuses,
      ChangeEvents events,
      PlaceNotes notes,
      List<LocalDate> previousDates) {
    this.places = places;
    this.indexById = indexById;
    this.offsets = offsets;
    this.days = days;
    this.statuses = statuses;
    this.events = events;
    this.notes = notes;
    changeDays = events.distinctDays();
    changeDates =
        previousDates.size() == changeDays.length && sameDays(previousDates, changeDays)
            ? previousDates
            : dates(changeDays);
    firstDate = firstDate(changeDays, notes);
    lastDate = lastDate(changeDays, notes);
  }

  private static List<LocalDate> dates(int[] changeDays) {
    List<LocalDate> dates = new ArrayList<>(changeDays.length);
    for (int day : changeDays) {
      dates.add(Days.date(day));
    }
    return Collections.unmodifiableList(dates);
  }

  private static boolean sameDays(List<LocalDate> dates, int[] changeDays) {
    for (int i = 0; i < changeDays.length; i++) {
      if (dates.get(i).toEpochDay() != changeDays[i]) {
        return false;
      }
    }
    return true;
  }

  private static LocalDate firstDate(int[] changeDays, PlaceNotes notes) {
    int first = Math.min(changeDays.length > 0 ? changeDays[0] : Integer.MAX_VALUE, notes.first());
    return first == Integer.MAX_VALUE ? LocalDate.now(KYIV) : Days.date(first);
  }

  private static LocalDate lastDate(int[] changeDays, PlaceNotes notes) {
    int last =
        Math.max(
            changeDays.length > 0 ? changeDays[changeDays.length - 1] : Integer.MIN_VALUE,
            notes.last());
    return last == Integer.MIN_VALUE ? LocalDate.now(KYIV) : Days.date(last);
  }

  /**
   * Indexes {@code places}; their ids must be unique.
   *
   * @throws IllegalArgumentException if two places share an id
   */
  public static TimelineIndex of(List<Place> places) {
    return new TimelineIndex(Objects.requireNonNull(places, "places"));
  }

  /**
   * This index with place {@code index} replaced by {@code place}, which keeps its id. Only that
   * place is indexed again: the rest is copied and merged, in time proportional to the number of
   * places and entries, without sorting or hashing. This index is unchanged.
   *
   * @throws IllegalArgumentException if {@code place} has another id
   */
  public TimelineIndex withPlace(int index, Place place) {
    Objects.checkIndex(index, places.size());
    if (!places.get(index).id().equals(place.id())) {
      throw new IllegalArgumentException(
          "place " + index + " is '" + places.get(index).id() + "', not '" + place.id() + "'");
    }
    Place[] copy = places.toArray(new Place[0]);
    copy[index] = place;
    return replaced(index, place, List.of(copy), indexById);
  }

  /**
   * This index with {@code place} added as the last place, indexed in time proportional to the
   * number of places and entries. This index is unchanged.
   *
   * @throws IllegalArgumentException if a place has its id already
   */
  public TimelineIndex withAdded(Place place) {
    if (indexById.containsKey(place.id())) {
      throw new IllegalArgumentException("duplicate place id '" + place.id() + "'");
    }
    Place[] copy = places.toArray(new Place[places.size() + 1]);
    copy[places.size()] = place;
    Map<String, Integer> ids = new HashMap<>(indexById);
    ids.put(place.id(), places.size());
    return replaced(places.size(), place, List.of(copy), ids);
  }

  /**
   * This index without its last place (the inverse of {@link #withAdded}), in time proportional to
   * the number of places and entries. This index is unchanged.
   *
   * @throws IllegalStateException if it has no places
   */
  public TimelineIndex withoutLast() {
    if (places.isEmpty()) {
      throw new IllegalStateException("no place to remove");
    }
    int last = places.size() - 1;
    Place place = places.get(last);
    TimelineIndex emptied =
        replaced(last, place.withControl(List.of()).withNotes(List.of()), places, indexById);
    Map<String, Integer> ids = new HashMap<>(indexById);
    ids.remove(place.id());
    return new TimelineIndex(
        List.copyOf(places.subList(0, last)),
        ids,
        Arrays.copyOf(offsets, last + 1),
        emptied.days,
        emptied.statuses,
        emptied.events,
        emptied.notes.withoutLast(),
        changeDates);
  }

  private TimelineIndex replaced(
      int index, Place place, List<Place> newPlaces, Map<String, Integer> ids) {
    boolean added = index == places.size();
    int start = offsets[index];
    int oldCount = added ? 0 : offsets[index + 1] - start;
    int m = place.control().size();
    int[] newDays = new int[m];
    byte[] newStatuses = new byte[m];
    for (int j = 0; j < m; j++) {
      newDays[j] = Days.day(place.control().get(j).from());
      newStatuses[j] = (byte) place.control().get(j).status().ordinal();
    }
    int delta = m - oldCount;
    int[] o = Arrays.copyOf(offsets, newPlaces.size() + 1);
    for (int i = index + 1; i < o.length; i++) {
      o[i] = offsets[added ? i - 1 : i] + delta;
    }
    byte[] st = new byte[statuses.length + delta];
    System.arraycopy(statuses, 0, st, 0, start);
    System.arraycopy(newStatuses, 0, st, start, m);
    System.arraycopy(statuses, start + oldCount, st, start + m, statuses.length - start - oldCount);
    return new TimelineIndex(
        newPlaces,
        ids,
        o,
        PlaceNotes.splice(days, start, oldCount, newDays),
        st,
        events.replace(index, start, oldCount, newDays, newStatuses),
        notes.replace(index, place.notes()),
        changeDates);
  }

  /** The number of places. */
  public int size() {
    return places.size();
  }

  /** The place at {@code index}. */
  public Place place(int index) {
    return places.get(index);
  }

  /** The places, in index order (unmodifiable). */
  public List<Place> places() {
    return places;
  }

  /** The index of the place with {@code id}, or -1 when there is none. */
  public int indexOf(String id) {
    Integer index = indexById.get(id);
    return index == null ? -1 : index;
  }

  /** The status of place {@code place} on {@code date}; UNKNOWN before its first entry. */
  public ControlStatus statusAt(int place, LocalDate date) {
    int k = entryAt(place, Days.day(date));
    return k < 0 ? ControlStatus.UNKNOWN : STATUSES[statuses[k]];
  }

  /** The date of the entry in force on {@code date}; empty when the status is unknown. */
  public Optional<LocalDate> since(int place, LocalDate date) {
    int k = entryAt(place, Days.day(date));
    return k < 0 ? Optional.empty() : Optional.of(Days.date(days[k]));
  }

  /**
   * Writes the {@link ControlStatus#ordinal()} of every place's status on {@code date} into {@code
   * out[0..size())}: the scrubbing hot path, allocation-free.
   *
   * @throws IllegalArgumentException if {@code out} is shorter than {@link #size()}
   */
  public void statusesAt(LocalDate date, byte[] out) {
    int n = places.size();
    if (out.length < n) {
      throw new IllegalArgumentException("out has " + out.length + " slots for " + n + " places");
    }
    int day = Days.day(date);
    for (int i = 0; i < n; i++) {
      int k = entryAt(i, day);
      out[i] = k < 0 ? UNKNOWN : statuses[k];
    }
  }

  /**
   * Turns {@code statuses}, which hold every place's status on {@code from} (as written by {@link
   * #statusesAt}), into the statuses on {@code to}, applying only the changes in between: the
   * incremental sweep for scrubbing and playback. When more entries lie between the dates than
   * there are places, it recomputes every status by binary search instead, whichever is cheaper.
   *
   * @throws IllegalArgumentException if {@code statuses} is shorter than {@link #size()}
   */
  public void moveStatuses(LocalDate from, LocalDate to, byte[] statuses) {
    if (statuses.length < places.size()) {
      throw new IllegalArgumentException(
          "statuses has " + statuses.length + " slots for " + places.size() + " places");
    }
    int a = Days.day(from);
    int b = Days.day(to);
    if (events.countBetween(a, b) > places.size()) {
      statusesAt(to, statuses);
    } else {
      events.move(a, b, statuses);
    }
  }

  /**
   * Sets in {@code out} the bit of every place that {@link #changedWithin changed within} {@code
   * days} days ending on {@code date}; costs time proportional to the changes in that window.
   */
  public void changedWithin(LocalDate date, int days, BitSet out) {
    if (days <= 0) {
      return;
    }
    long day = Days.day(date);
    events.placesBetween((int) Math.max(Integer.MIN_VALUE, day - days + 1), (int) day, out);
  }

  /** How many places have each status on {@code date}; every status is a key. */
  public EnumMap<ControlStatus, Integer> countsAt(LocalDate date) {
    int[] counts = new int[STATUSES.length];
    int day = Days.day(date);
    for (int i = 0; i < places.size(); i++) {
      int k = entryAt(i, day);
      counts[k < 0 ? UNKNOWN : statuses[k]]++;
    }
    EnumMap<ControlStatus, Integer> map = new EnumMap<>(ControlStatus.class);
    for (ControlStatus status : STATUSES) {
      map.put(status, counts[status.ordinal()]);
    }
    return map;
  }

  /** Every date on which some place's status changes, sorted, without repeats (unmodifiable). */
  public List<LocalDate> changeDates() {
    return changeDates;
  }

  /** The first change date strictly after {@code date}, over all places. */
  public Optional<LocalDate> nextChange(LocalDate date) {
    return next(changeDays, 0, changeDays.length, Days.day(date));
  }

  /** The last change date strictly before {@code date}, over all places. */
  public Optional<LocalDate> previousChange(LocalDate date) {
    return previous(changeDays, 0, changeDays.length, Days.day(date));
  }

  /** The first change of place {@code place} strictly after {@code date}. */
  public Optional<LocalDate> nextChange(int place, LocalDate date) {
    return next(days, offsets[place], offsets[place + 1], Days.day(date));
  }

  /** The last change of place {@code place} strictly before {@code date}. */
  public Optional<LocalDate> previousChange(int place, LocalDate date) {
    return previous(days, offsets[place], offsets[place + 1], Days.day(date));
  }

  /**
   * Whether place {@code place} changed status within the {@code days} days ending on {@code date},
   * i.e. it has an entry dated in [date - days + 1, date] that is not its first (a history that
   * begins is not a change) and sets another status than the entry before it. False when {@code
   * days <= 0}.
   */
  public boolean changedWithin(int place, LocalDate date, int days) {
    if (days <= 0) {
      return false;
    }
    int day = Days.day(date);
    long first = (long) day - days + 1;
    for (int k = entryAt(place, day); k > offsets[place] && this.days[k] >= first; k--) {
      if (statuses[k] != statuses[k - 1]) {
        return true;
      }
    }
    return false;
  }

  /** The notes of place {@code place} dated on or before {@code date}, newest first. */
  public List<Note> notesUpTo(int place, LocalDate date) {
    return notes.upTo(place, Days.day(date));
  }

  /**
   * The notes of all places dated in [from, to], newest first; on the same day by place index, then
   * file order. Empty when {@code from} is after {@code to}.
   */
  public List<DatedNote> notesBetween(LocalDate from, LocalDate to) {
    return notes.between(Days.day(from), Days.day(to));
  }

  /**
   * The control entries of all places that take effect in [from, to], by day, then place index,
   * with the status before each (first entries included: {@link DatedChange#isFirst}). Empty when
   * {@code from} is after {@code to}.
   */
  public List<DatedChange> changesBetween(LocalDate from, LocalDate to) {
    List<DatedChange> out = new ArrayList<>();
    for (int[] e : events.between(Days.day(from), Days.day(to))) {
      int place = e[0];
      out.add(
          new DatedChange(
              place, places.get(place).control().get(e[1] - offsets[place]), STATUSES[e[2]]));
    }
    return out;
  }

  /** The earliest date of any change or note; today (Kyiv) when there are none. */
  public LocalDate firstDate() {
    return firstDate;
  }

  /** The latest date of any change or note; today (Kyiv) when there are none. */
  public LocalDate lastDate() {
    return lastDate;
  }

  private int entryAt(int place, int day) {
    int from = offsets[place];
    int k = Days.upperBound(days, from, offsets[place + 1], day) - 1;
    return k >= from ? k : -1;
  }

  private static Optional<LocalDate> next(int[] sorted, int from, int to, int day) {
    int k = Days.upperBound(sorted, from, to, day);
    return k < to ? Optional.of(Days.date(sorted[k])) : Optional.empty();
  }

  private static Optional<LocalDate> previous(int[] sorted, int from, int to, int day) {
    int k = Days.lowerBound(sorted, from, to, day) - 1;
    return k >= from ? Optional.of(Days.date(sorted[k])) : Optional.empty();
  }
}
