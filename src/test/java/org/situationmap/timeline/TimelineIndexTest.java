package org.situationmap.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.GeoPoint;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.domain.Source;

class TimelineIndexTest {
  private static final Source SOURCE = new Source("ISW", null, LocalDate.of(2022, 1, 1), null);

  private static ControlChange change(String from, ControlStatus status) {
    return new ControlChange(LocalDate.parse(from), status, null, List.of(SOURCE));
  }

  private static Note note(String date, String text) {
    return new Note(LocalDate.parse(date), null, text, List.of(SOURCE));
  }

  private static Place place(String id, List<ControlChange> control, List<Note> notes) {
    return new Place(id, id, PlaceKind.TOWN, new GeoPoint(48, 38), control, notes);
  }

  /** 0: ukraine 03-01, contested 05-10, russia 06-25. 1: no entries. 2: russia 05-10. */
  private static final TimelineIndex INDEX =
      TimelineIndex.of(
          List.of(
              place(
                  "a",
                  List.of(
                      change("2022-03-01", ControlStatus.UKRAINE),
                      change("2022-05-10", ControlStatus.CONTESTED),
                      change("2022-06-25", ControlStatus.RUSSIA)),
                  List.of(
                      note("2022-06-25", "a taken"),
                      note("2022-03-01", "a held"),
                      note("2022-06-25", "a second"))),
              place("b", List.of(), List.of(note("2022-04-01", "b quiet"))),
              place("c", List.of(change("2022-05-10", ControlStatus.RUSSIA)), List.of())));

  @ParameterizedTest(name = "{0} on {1}: {2} since {3}")
  @CsvSource({
    "0, 2022-02-28, UNKNOWN,   ''",
    "0, 2022-03-01, UKRAINE,   2022-03-01",
    "0, 2022-05-09, UKRAINE,   2022-03-01",
    "0, 2022-05-10, CONTESTED, 2022-05-10",
    "0, 2022-06-24, CONTESTED, 2022-05-10",
    "0, 2022-06-25, RUSSIA,    2022-06-25",
    "0, 2030-01-01, RUSSIA,    2022-06-25",
    "0, -999999999-01-01, UNKNOWN, ''",
    "0, +999999999-12-31, RUSSIA, 2022-06-25",
    "1, 2022-06-25, UNKNOWN,   ''",
    "2, 2022-05-09, UNKNOWN,   ''",
    "2, 2022-05-10, RUSSIA,    2022-05-10"
  })
  void statusAndSinceAtEdges(int place, LocalDate date, ControlStatus status, String since) {
    assertEquals(status, INDEX.statusAt(place, date));
    assertEquals(
        since.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(since)),
        INDEX.since(place, date));
  }

  @ParameterizedTest(name = "statusesAt {0}")
  @CsvSource({
    "2022-02-28, UNKNOWN,   UNKNOWN, UNKNOWN",
    "2022-05-10, CONTESTED, UNKNOWN, RUSSIA",
    "2022-07-01, RUSSIA,    UNKNOWN, RUSSIA"
  })
  void statusesAtFillsOrdinals(LocalDate date, ControlStatus a, ControlStatus b, ControlStatus c) {
    byte[] out = new byte[4];
    out[3] = 42;

    INDEX.statusesAt(date, out);

    assertEquals(List.of(a, b, c), List.of(status(out[0]), status(out[1]), status(out[2])));
    assertEquals(42, out[3], "slots past size() are untouched");
  }

  private static ControlStatus status(byte ordinal) {
    return ControlStatus.values()[ordinal];
  }

  @Test
  void statusesAtRejectsAShortArray() {
    assertThrows(
        IllegalArgumentException.class, () -> INDEX.statusesAt(LocalDate.MIN, new byte[2]));
  }

  @Test
  void changeDatesAreSortedAndDistinct() {
    assertEquals(
        List.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 5, 10), LocalDate.of(2022, 6, 25)),
        INDEX.changeDates());
  }

  @ParameterizedTest(name = "around {0}: previous {1}, next {2}")
  @CsvSource({
    "2022-01-01, '',         2022-03-01",
    "2022-03-01, '',         2022-05-10",
    "2022-04-01, 2022-03-01, 2022-05-10",
    "2022-05-10, 2022-03-01, 2022-06-25",
    "2022-06-25, 2022-05-10, ''",
    "2023-01-01, 2022-06-25, ''"
  })
  void previousAndNextChangeAreStrict(LocalDate date, String previous, String next) {
    assertEquals(optional(previous), INDEX.previousChange(date));
    assertEquals(optional(next), INDEX.nextChange(date));
  }

  @ParameterizedTest(name = "place {0} around {1}: previous {2}, next {3}")
  @CsvSource({
    "2, 2022-05-09, '',         2022-05-10",
    "2, 2022-05-10, '',         ''",
    "2, 2022-05-11, 2022-05-10, ''",
    "0, 2022-05-10, 2022-03-01, 2022-06-25",
    "1, 2022-05-10, '',         ''"
  })
  void previousAndNextChangePerPlace(int place, LocalDate date, String previous, String next) {
    assertEquals(optional(previous), INDEX.previousChange(place, date));
    assertEquals(optional(next), INDEX.nextChange(place, date));
  }

  private static Optional<LocalDate> optional(String date) {
    return date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date));
  }

  @ParameterizedTest(name = "changed within {2} days of {1}: {3}")
  @CsvSource({
    "0, 2022-06-25, 1, true",
    "0, 2022-06-26, 1, false",
    "0, 2022-07-01, 7, true",
    "0, 2022-07-02, 7, false",
    "0, 2022-06-24, 7, false",
    "0, 2022-06-25, 0, false",
    "1, 2022-06-25, 365, false"
  })
  void changedWithinCountsTheLastDaysInclusive(
      int place, LocalDate date, int days, boolean expected) {
    assertEquals(expected, INDEX.changedWithin(place, date, days));
  }

  @Test
  void notesUpToAreNewestFirstWithFileOrderOnTies() {
    assertEquals(List.of(), INDEX.notesUpTo(0, LocalDate.of(2022, 2, 1)));
    assertEquals(texts(INDEX.notesUpTo(0, LocalDate.of(2022, 6, 24))), List.of("a held"));
    assertEquals(
        List.of("a second", "a taken", "a held"),
        texts(INDEX.notesUpTo(0, LocalDate.of(2022, 6, 25))));
  }

  private static List<String> texts(List<Note> notes) {
    return notes.stream().map(Note::text).toList();
  }

  @Test
  void notesBetweenCoverAllPlacesNewestFirstInclusive() {
    List<DatedNote> feed = INDEX.notesBetween(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 25));

    assertEquals(
        List.of("0 a taken", "0 a second", "1 b quiet", "0 a held"),
        feed.stream().map(n -> n.place() + " " + n.note().text()).toList());
    assertEquals(
        List.of("1 b quiet"),
        INDEX.notesBetween(LocalDate.of(2022, 3, 2), LocalDate.of(2022, 6, 24)).stream()
            .map(n -> n.place() + " " + n.note().text())
            .toList());
    assertEquals(List.of(), INDEX.notesBetween(LocalDate.of(2022, 7, 1), LocalDate.of(2022, 6, 1)));
  }

  @Test
  void countsAtIncludeEveryStatus() {
    EnumMap<ControlStatus, Integer> counts = INDEX.countsAt(LocalDate.of(2022, 5, 10));

    assertEquals(
        Map.of(
            ControlStatus.UKRAINE, 0,
            ControlStatus.RUSSIA, 1,
            ControlStatus.CONTESTED, 1,
            ControlStatus.UNKNOWN, 1),
        counts);
  }

  @Test
  void firstAndLastDateSpanChangesAndNotes() {
    assertEquals(LocalDate.of(2022, 3, 1), INDEX.firstDate());
    assertEquals(LocalDate.of(2022, 6, 25), INDEX.lastDate());
    TimelineIndex notesOnly =
        TimelineIndex.of(List.of(place("n", List.of(), List.of(note("2021-12-31", "early")))));
    assertEquals(LocalDate.of(2021, 12, 31), notesOnly.firstDate());
    assertEquals(LocalDate.of(2021, 12, 31), notesOnly.lastDate());
  }

  @Test
  void emptyIndexAnswersSensibly() {
    TimelineIndex empty = TimelineIndex.of(List.of());

    assertEquals(0, empty.size());
    assertEquals(List.of(), empty.changeDates());
    assertEquals(Optional.empty(), empty.nextChange(LocalDate.MIN));
    assertEquals(empty.firstDate(), empty.lastDate());
    assertEquals(4, empty.countsAt(LocalDate.MIN).size());
  }

  @Test
  void looksUpPlacesById() {
    assertEquals(2, INDEX.indexOf("c"));
    assertEquals(-1, INDEX.indexOf("z"));
    assertEquals("b", INDEX.place(1).id());
    assertEquals(3, INDEX.size());
  }

  @Test
  void rejectsDuplicateIds() {
    Place a = place("a", List.of(), List.of());
    assertThrows(IllegalArgumentException.class, () -> TimelineIndex.of(List.of(a, a)));
  }

  @Test
  void sameDayChangesAreRejectedBeforeTheyReachTheIndex() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            place(
                "x",
                List.of(
                    change("2022-05-10", ControlStatus.CONTESTED),
                    change("2022-05-10", ControlStatus.RUSSIA)),
                List.of()));
  }
}
