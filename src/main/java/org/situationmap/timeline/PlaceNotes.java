package org.situationmap.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;

/**
 * The notes of all places sorted by date, per place and across places. Immutable after construction
 * and therefore thread-safe.
 */
final class PlaceNotes {
  private final int[] offsets; // notes of place i: [offsets[i], offsets[i + 1])
  private final int[] days; // per place ascending by date, file order on ties
  private final Note[] notes;
  private final int[] allDays; // all notes by (date, place, file order)
  private final int[] allPlaces;
  private final Note[] allNotes;

  PlaceNotes(List<Place> places) {
    int n = places.size();
    offsets = new int[n + 1];
    for (int i = 0; i < n; i++) {
      offsets[i + 1] = offsets[i] + places.get(i).notes().size();
    }
    int total = offsets[n];
    days = new int[total];
    notes = new Note[total];
    int[] placeOf = new int[total];
    for (int i = 0; i < n; i++) {
      List<Note> sorted = new ArrayList<>(places.get(i).notes());
      sorted.sort(Comparator.comparing(Note::date)); // stable: file order on ties
      int k = offsets[i];
      for (Note note : sorted) {
        days[k] = Days.day(note.date());
        placeOf[k] = i;
        notes[k++] = note;
      }
    }
    // Indexes ascend by (place, file order), so a stable sort by day gives (day, place, order).
    Integer[] order = new Integer[total];
    Arrays.setAll(order, k -> k);
    Arrays.sort(order, Comparator.comparingInt(k -> days[k]));
    allDays = new int[total];
    allPlaces = new int[total];
    allNotes = new Note[total];
    for (int i = 0; i < total; i++) {
      allDays[i] = days[order[i]];
      allPlaces[i] = placeOf[order[i]];
      allNotes[i] = notes[order[i]];
    }
  }

  private PlaceNotes(
      int[] offsets, int[] days, Note[] notes, int[] allDays, int[] allPlaces, Note[] allNotes) {
    this.offsets = offsets;
    this.days = days;
    this.notes = notes;
    this.allDays = allDays;
    this.allPlaces = allPlaces;
    this.allNotes = allNotes;
  }

  /**
   * These notes with those of one place replaced, without sorting the others: time proportional to
   * the number of notes and places.
   *
   * @param place the place whose notes change (the place count, to add a place)
   * @param placeNotes its new notes in file order
   */
  PlaceNotes replace(int place, List<Note> placeNotes) {
    boolean added = place == offsets.length - 1;
    List<Note> sorted = new ArrayList<>(placeNotes);
    sorted.sort(Comparator.comparing(Note::date)); // stable: file order on ties
    int m = sorted.size();
    int[] newDays = new int[m];
    for (int j = 0; j < m; j++) {
      newDays[j] = Days.day(sorted.get(j).date());
    }
    int start = offsets[place];
    int oldCount = added ? 0 : offsets[place + 1] - start;
    int delta = m - oldCount;
    int[] o = added ? Arrays.copyOf(offsets, offsets.length + 1) : offsets.clone();
    for (int i = place + 1; i < o.length; i++) {
      o[i] = (added ? offsets[i - 1] : offsets[i]) + delta;
    }
    int[] d = splice(days, start, oldCount, newDays);
    Note[] nn = new Note[notes.length + delta];
    System.arraycopy(notes, 0, nn, 0, start);
    for (int j = 0; j < m; j++) {
      nn[start + j] = sorted.get(j);
    }
    System.arraycopy(notes, start + oldCount, nn, start + m, notes.length - start - oldCount);
    int total = allDays.length + delta;
    int[] ad = new int[total];
    int[] ap = new int[total];
    Note[] an = new Note[total];
    int out = 0;
    int j = 0;
    for (int e = 0; e <= allDays.length; e++) {
      while (j < m
          && (e == allDays.length
              || newDays[j] < allDays[e]
              || newDays[j] == allDays[e] && place < allPlaces[e])) {
        ad[out] = newDays[j];
        ap[out] = place;
        an[out++] = sorted.get(j++);
      }
      if (e < allDays.length && allPlaces[e] != place) {
        ad[out] = allDays[e];
        ap[out] = allPlaces[e];
        an[out++] = allNotes[e];
      }
    }
    return new PlaceNotes(o, d, nn, ad, ap, an);
  }

  /** These notes without the last place, which has none. */
  PlaceNotes withoutLast() {
    int last = offsets.length - 2;
    if (offsets[last] != offsets[last + 1]) {
      throw new IllegalStateException("the last place has notes");
    }
    return new PlaceNotes(
        Arrays.copyOf(offsets, last + 1), days, notes, allDays, allPlaces, allNotes);
  }

  /** {@code array} with {@code count} values from {@code start} replaced by {@code values}. */
  static int[] splice(int[] array, int start, int count, int[] values) {
    int[] out = new int[array.length - count + values.length];
    System.arraycopy(array, 0, out, 0, start);
    System.arraycopy(values, 0, out, start, values.length);
    System.arraycopy(
        array, start + count, out, start + values.length, array.length - start - count);
    return out;
  }

  int first() {
    return allDays.length == 0 ? Integer.MAX_VALUE : allDays[0];
  }

  int last() {
    return allDays.length == 0 ? Integer.MIN_VALUE : allDays[allDays.length - 1];
  }

  /** The notes of {@code place} up to {@code day}, newest first. */
  List<Note> upTo(int place, int day) {
    int from = offsets[place];
    int to = Days.upperBound(days, from, offsets[place + 1], day);
    List<Note> result = new ArrayList<>(to - from);
    for (int k = to - 1; k >= from; k--) {
      result.add(notes[k]);
    }
    return List.copyOf(result);
  }

  /** All notes in [fromDay, toDay], newest day first; by place, then file order, within a day. */
  List<DatedNote> between(int fromDay, int toDay) {
    if (fromDay > toDay) {
      return List.of();
    }
    int lo = Days.lowerBound(allDays, 0, allDays.length, fromDay);
    int end = Days.upperBound(allDays, 0, allDays.length, toDay);
    List<DatedNote> result = new ArrayList<>(Math.max(0, end - lo));
    while (end > lo) {
      int start = Days.lowerBound(allDays, lo, end, allDays[end - 1]);
      for (int i = start; i < end; i++) {
        result.add(new DatedNote(allPlaces[i], allNotes[i]));
      }
      end = start;
    }
    return List.copyOf(result);
  }
}
