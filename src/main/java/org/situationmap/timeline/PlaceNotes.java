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
