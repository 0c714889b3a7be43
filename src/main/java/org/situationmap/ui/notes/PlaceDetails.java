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
import org.situationmap.text.Messages;
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
 * @param notes the notes up to the date, newest first, then the later ones, oldest first; the notes
 *     of sites in and around a city or town are included, marked with the site's name
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

  /**
   * How many control entries the place has: its periods less the unknown time before the first
   * entry, which no entry began.
   */
  public int changeCount() {
    return (int) periods.stream().filter(p -> p.change() != null).count();
  }

  private static void collect(
      List<Note> source, String site, LocalDate date, List<NoteItem> upTo, List<NoteItem> later) {
    for (Note n : source) {
      (n.date().isAfter(date) ? later : upTo).add(new NoteItem(n, n.date().isAfter(date), site));
    }
  }

  /**
   * The details of place {@code i} of {@code index} on {@code date}, in the language of {@code
   * text}.
   */
  public static PlaceDetails of(TimelineIndex index, int i, LocalDate date, Messages text) {
    PlaceText words = new PlaceText(text);
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
    List<NoteItem> later = new ArrayList<>();
    collect(p.notes(), null, date, notes, later);
    for (int site : NearbySites.of(index, i)) {
      collect(index.place(site).notes(), index.place(site).name(), date, notes, later);
    }
    notes.sort(Comparator.comparing((NoteItem n) -> n.note().date()).reversed());
    later.sort(Comparator.comparing((NoteItem n) -> n.note().date()));
    notes.addAll(later);
    return new PlaceDetails(
        i,
        date,
        p.name(),
        p.names().uk(),
        words.facts(p),
        status,
        words.status(status, since, p),
        words.detail(current),
        ControlPeriod.of(p, start),
        start,
        last.plusDays(1),
        notes);
  }
}
