package org.situationmap.ui.notes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.timeline.TimelineIndex;

/**
 * Everything the notes panel shows for one place at one date. Immutable; built toolkit-free by
 * {@link #of}.
 *
 * @param place the place's index in the layer
 * @param date the selected date
 * @param name the English name
 * @param localName the Ukrainian name, or {@code null}
 * @param facts kind, oblast and population in a line
 * @param status the status at the date
 * @param statusText e.g. "Russia since 25 June 2022"
 * @param statusDetail confidence and note of the entry in force, or {@code null}
 * @param periods the control periods, oldest first
 * @param start the first day of the history strip
 * @param end the day after the last day of the history strip
 * @param notes the notes up to the date, newest first, then the later ones, oldest first
 */
public record PlaceDetails(
    int place,
    LocalDate date,
    String name,
    String localName,
    String facts,
    ControlStatus status,
    String statusText,
    String statusDetail,
    List<ControlPeriod> periods,
    LocalDate start,
    LocalDate end,
    List<NoteItem> notes) {

  /** Copies the lists. */
  public PlaceDetails {
    periods = List.copyOf(periods);
    notes = List.copyOf(notes);
  }

  /** The details of place {@code i} of {@code index} on {@code date}. */
  public static PlaceDetails of(TimelineIndex index, int i, LocalDate date) {
    Place p = index.place(i);
    ControlStatus status = index.statusAt(i, date);
    Optional<LocalDate> since = index.since(i, date);
    ControlChange current =
        since
            .flatMap(d -> p.control().stream().filter(c -> c.from().equals(d)).findFirst())
            .orElse(null);
    LocalDate start = index.firstDate();
    LocalDate last = index.lastDate().isAfter(date) ? index.lastDate() : date;
    if (!p.control().isEmpty() && p.control().get(0).from().isBefore(start)) {
      start = p.control().get(0).from();
    }
    List<NoteItem> notes = new ArrayList<>();
    for (Note n : index.notesUpTo(i, date)) {
      notes.add(new NoteItem(n, false));
    }
    p.notes().stream()
        .filter(n -> n.date().isAfter(date))
        .sorted(Comparator.comparing(Note::date))
        .forEach(n -> notes.add(new NoteItem(n, true)));
    return new PlaceDetails(
        i,
        date,
        p.name(),
        p.names().uk(),
        PlaceText.facts(p),
        status,
        PlaceText.status(status, since, p),
        PlaceText.detail(current),
        ControlPeriod.of(p, start),
        start,
        last.plusDays(1),
        notes);
  }
}
