package org.situationmap.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.situationmap.testing.SampleLayer.BAKHMUT;
import static org.situationmap.testing.SampleLayer.SIEVIERODONETSK;
import static org.situationmap.testing.SampleLayer.ZOLOTE;
import static org.situationmap.testing.SampleLayer.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.situationmap.domain.ControlStatus;
import org.situationmap.testing.SampleLayer;
import org.situationmap.text.Messages;
import org.situationmap.timeline.TimelineIndex;

class PlaceDetailsTest {
  private static final Messages EN = Messages.of(java.util.Locale.ENGLISH);
  private final TimelineIndex index = SampleLayer.layer().index();

  @ParameterizedTest
  @CsvSource({
    "2022-02-23, Unknown (no information before 24 February 2022)",
    "2022-02-24, Ukraine since 24 February 2022",
    "2022-05-29, Ukraine since 24 February 2022",
    "2022-05-30, Contested since 30 May 2022",
    "2022-06-24, Contested since 30 May 2022",
    "2022-06-25, Russia since 25 June 2022",
    "2024-01-01, Russia since 25 June 2022",
  })
  void statusAndSince(String date, String expected) {
    assertEquals(expected, PlaceDetails.of(index, SIEVIERODONETSK, d(date), EN).statusText());
  }

  @Test
  void namesAndFacts() {
    PlaceDetails p = PlaceDetails.of(index, SIEVIERODONETSK, d("2022-06-25"), EN);
    assertEquals("Sievierodonetsk", p.name());
    assertEquals("Сєвєродонецьк", p.localName());
    assertEquals("City · Luhansk oblast · population 101,135 (pre-war)", p.facts());
    assertEquals(ControlStatus.RUSSIA, p.status());
    PlaceDetails z = PlaceDetails.of(index, ZOLOTE, d("2022-06-25"), EN);
    assertEquals("Village · Luhansk oblast", z.facts());
    assertNull(z.localName());
    assertEquals("Unknown (no control information)", z.statusText());
  }

  @Test
  void confidenceAndNoteOfTheEntryInForce() {
    assertEquals(
        "Confidence: assessed — Street fighting reported.",
        PlaceDetails.of(index, SIEVIERODONETSK, d("2022-06-01"), EN).statusDetail());
    assertEquals(
        "Confidence: claimed", PlaceDetails.of(index, BAKHMUT, d("2023-06-01"), EN).statusDetail());
    assertNull(PlaceDetails.of(index, BAKHMUT, d("2022-03-01"), EN).statusDetail());
    assertNull(PlaceDetails.of(index, BAKHMUT, d("2021-03-01"), EN).statusDetail());
  }

  @Test
  void notesUpToTheDateNewestFirstThenLaterOnesFlagged() {
    PlaceDetails p = PlaceDetails.of(index, SIEVIERODONETSK, d("2022-06-24"), EN);
    List<String> shown =
        p.notes().stream().map(n -> n.note().date() + (n.later() ? " later" : "")).toList();
    assertEquals(List.of("2022-06-24", "2022-05-15", "2022-07-10 later"), shown);
    PlaceDetails before = PlaceDetails.of(index, SIEVIERODONETSK, d("2022-01-01"), EN);
    assertEquals(3, before.notes().stream().filter(NoteItem::later).count());
    assertEquals(d("2022-05-15"), before.notes().get(0).note().date());
  }

  @Test
  void periodsCoverTheDataRangeWithAnUnknownStartWhenNeeded() {
    PlaceDetails p = PlaceDetails.of(index, SIEVIERODONETSK, d("2022-06-25"), EN);
    assertEquals(d("2022-02-24"), p.start());
    assertEquals(d("2023-05-21"), p.end()); // day after the data's last date
    List<ControlPeriod> periods = p.periods();
    assertEquals(3, periods.size());
    assertEquals(d("2022-05-30"), periods.get(0).until());
    assertEquals(ControlStatus.RUSSIA, periods.get(2).status());
    assertNull(periods.get(2).until());
    List<ControlPeriod> zolote = PlaceDetails.of(index, ZOLOTE, d("2022-06-25"), EN).periods();
    assertEquals(1, zolote.size());
    assertEquals(ControlStatus.UNKNOWN, zolote.get(0).status());
    assertNull(zolote.get(0).change());
  }
}
