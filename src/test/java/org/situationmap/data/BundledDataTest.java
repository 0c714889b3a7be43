package org.situationmap.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Coverage;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.layer.Layer;
import org.situationmap.timeline.TimelineIndex;

/**
 * The bundled layer {@code data/donbas.geojson}: it validates cleanly, and well-established facts
 * are pinned so that later edits cannot silently break them.
 */
class BundledDataTest {
  private static final LocalDate FROM_2015 = LocalDate.parse("2015-03-01");
  private static Layer layer;
  private static TimelineIndex index;

  @BeforeAll
  static void read() throws Exception {
    layer = Layer.read(Path.of("data", "donbas.geojson"));
    index = layer.index();
  }

  @Test
  void validatesWithZeroProblems() {
    assertEquals(List.of(), layer.problems().stream().map(Object::toString).toList());
  }

  @Test
  void hasATitleAndAnUpdatedDate() {
    assertFalse(layer.situation().meta().title().isBlank());
    assertTrue(layer.situation().meta().updated() != null);
  }

  @ParameterizedTest(name = "{0} is {2} on {1}")
  @CsvSource({
    "sievierodonetsk, 2022-05-01, ukraine",
    "sievierodonetsk, 2022-06-26, russia",
    "lysychansk, 2022-06-26, ukraine",
    "lysychansk, 2022-07-05, russia",
    "lyman, 2022-06-26, russia",
    "lyman, 2022-10-05, ukraine",
    "sloviansk, 2014-05-01, russia",
    "sloviansk, 2014-07-10, ukraine",
    "kramatorsk, 2014-07-10, ukraine",
    "mariupol, 2014-06-20, ukraine",
    "mariupol, 2022-05-25, russia",
    "debaltseve, 2015-03-01, russia",
    "popasna, 2022-06-01, russia",
    "bakhmut, 2023-06-01, russia",
    "avdiivka, 2024-03-01, russia",
    "donetsk, 2020-01-01, russia",
    "mospyne, 2015-01-01, russia",
    "luhansk, 2020-01-01, russia",
    "bakhmut, 2019-06-01, ukraine",
    "horlivka, 2019-06-01, russia",
    "avdiivka, 2019-06-01, ukraine",
    "stanytsia-luhanska, 2019-06-01, ukraine",
    "yasynuvata, 2019-06-01, russia",
    "svitlodarsk, 2019-06-01, ukraine",
    "debaltseve, 2019-06-01, russia",
    "sloviansk, 2019-06-01, ukraine",
    "toretsk, 2024-10-10, contested",
    "sievierodonetsk, 2022-06-13, contested",
    "lysychansk, 2022-06-13, ukraine",
    "bilohorivka, 2025-01-01, contested",
    "bilohorivka, 2025-09-01, russia",
    "chornukhyne, 2015-03-01, russia",
    "novoselivka-persha, 2019-06-01, ukraine"
  })
  void wellEstablishedFacts(String id, String date, String status) {
    int i = index.indexOf(id);
    assertTrue(i >= 0, "place " + id + " is in the layer");
    assertEquals(
        ControlStatus.fromWord(status).orElseThrow(), index.statusAt(i, LocalDate.parse(date)));
  }

  @Test
  void kostiantynivkaIsNoLongerSimplyUkrainianInJuly2026() {
    int i = index.indexOf("kostiantynivka");
    assertTrue(index.statusAt(i, LocalDate.parse("2026-07-01")) != ControlStatus.UKRAINE);
  }

  /**
   * From the line of contact's stabilisation on, every city, town and village has a status on every
   * day, except those listed by id among data/README.md's gaps (the exceptions).
   */
  @Test
  void noPlaceIsUnknownFromMarch2015ExceptTheListedGaps() throws Exception {
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < index.size(); i++) {
      Place p = index.place(i);
      if (p.kind() == PlaceKind.SITE) {
        continue;
      }
      // A place's status can only be unknown before its first entry (entries never end).
      LocalDate first = p.control().isEmpty() ? null : p.control().get(0).from();
      if (first == null || first.isAfter(FROM_2015)) {
        unknown.add(p.id());
      }
    }
    String readme = Files.readString(Path.of("data", "README.md"));
    String gaps = readme.substring(readme.indexOf("## Known gaps"));
    for (String id : unknown) {
      assertTrue(
          gaps.contains("`" + id + "`"),
          id + " is unknown on some day from 1 March 2015 but not listed in data/README.md's gaps");
    }
  }

  @Test
  void coverageNamesEachOblastOfThePlacesWithARealDate() {
    Map<String, LocalDate> coverage = coverage();
    Set<String> oblasts = new TreeSet<>();
    for (Place p : layer.situation().places()) {
      oblasts.add(p.admin1());
    }
    assertEquals(oblasts, coverage.keySet());
    for (LocalDate d : coverage.values()) {
      assertTrue(d.isAfter(LocalDate.parse("2024-01-01")), "coverage reaches 2024 or later: " + d);
      assertFalse(d.isAfter(layer.situation().meta().updated()), "coverage is not after updated");
    }
  }

  private static Map<String, LocalDate> coverage() {
    Map<String, LocalDate> coverage = new TreeMap<>();
    for (Coverage.Oblast oblast : layer.coverage().oblasts()) {
      coverage.put(oblast.admin1(), oblast.checkedTo());
    }
    assertFalse(coverage.isEmpty(), "the situation member has a coverage member");
    return coverage;
  }

  @Test
  void everyEntryAndNoteCarriesASourceWithPublisherTitleAndDate() {
    for (Place p : layer.situation().places()) {
      p.control().forEach(c -> c.sources().forEach(s -> assertSourced(p, s)));
      p.notes().forEach(n -> n.sources().forEach(s -> assertSourced(p, s)));
    }
  }

  private static void assertSourced(Place p, org.situationmap.domain.Source s) {
    assertTrue(
        s.publisher() != null && s.title() != null && s.date() != null,
        p.id() + ": every source names publisher, title and date: " + s);
  }

  @Test
  void tellsTheSourceReportsStory() {
    String sievierodonetsk = notesText("sievierodonetsk");
    assertTrue(sievierodonetsk.contains("literally for every meter"), "Zelensky, 12 June 2022");
    assertTrue(
        sievierodonetsk.contains("100,000") || sievierodonetsk.contains("100 000"),
        "its pre-war population");
    assertTrue(sievierodonetsk.toLowerCase().contains("capital"), "de facto regional capital");
    String azot = notesText("sievierodonetsk-azot");
    assertTrue(azot.contains("500") && azot.contains("40 children"), "civilians at the Azot plant");
    String bridges = notesText("sievierodonetsk-lysychansk-bridges") + sievierodonetsk;
    assertTrue(bridges.toLowerCase().contains("second bridge"), "the second bridge destroyed");
    assertTrue(
        hasNoteOn("sievierodonetsk", "2022-06-12")
            || hasNoteOn("sievierodonetsk-lysychansk-bridges", "2022-06-12"));
    assertTrue(hasNoteOn("sievierodonetsk-azot", "2022-06-13"));
  }

  private static String notesText(String id) {
    int i = index.indexOf(id);
    assertTrue(i >= 0, id + " is in the layer");
    return index.place(i).notes().stream()
        .map(n -> n.title() + " " + n.text())
        .collect(Collectors.joining("\n"));
  }

  private static boolean hasNoteOn(String id, String date) {
    List<Note> notes = index.place(index.indexOf(id)).notes();
    return notes.stream().anyMatch(n -> n.date().equals(LocalDate.parse(date)));
  }
}
