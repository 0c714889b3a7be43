package org.situationmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.situationmap.domain.ControlStatus;

class MessagesTest {
  private final Messages text = Messages.of(Locale.ENGLISH);

  @ParameterizedTest
  @CsvSource({
    "2022-06-25, 25 June 2022, 25 Jun 2022",
    "2022-09-01, 1 September 2022, 1 Sep 2022",
    "2014-01-31, 31 January 2014, 31 Jan 2014",
    "1999-12-31, 31 December 1999, 31 Dec 1999"
  })
  void datesInWordsAndBack(LocalDate date, String long_, String short_) {
    assertEquals(long_, text.date(date));
    assertEquals(short_, text.shortDate(date));
    assertEquals(Optional.of(date), text.parseDate(long_));
    assertEquals(Optional.of(date), text.parseDate(short_));
    assertEquals(Optional.of(date), text.parseDate(" " + date + " "));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "2022", "31 June 2022", "25 June 2022 and more", "2022-02-30", "June"})
  void notADate(String typed) {
    assertEquals(Optional.empty(), text.parseDate(typed));
  }

  @ParameterizedTest
  @CsvSource({
    "31 June 2022, NO_SUCH_DAY",
    "29 Feb 2023, NO_SUCH_DAY",
    "2022-02-30, NO_SUCH_DAY",
    "2022-13-01, NO_SUCH_DAY",
    "29 February 2024, DATE",
    "2024-02-29, DATE",
    "June, UNREADABLE",
    "2022, UNREADABLE",
    "yesterday, UNREADABLE",
    "25 June 2022 and more, UNREADABLE",
    "'   ', EMPTY"
  })
  void readingSaysWhyATextIsNoDate(String typed, DateReading.Kind kind) {
    DateReading reading = text.readDate(typed);
    assertEquals(kind, reading.kind(), typed);
    assertEquals(kind == DateReading.Kind.DATE, reading.asDate().isPresent(), typed);
  }

  @Test
  void pluralsAndNamedArguments() {
    assertEquals("Ukraine", text.status(ControlStatus.UKRAINE));
    assertEquals("Untitled layer", text.layerTitle(Optional.empty()));
    assertEquals("Donbas", text.layerTitle(Optional.of("Donbas")));
    assertEquals("12,345", text.count(12_345));
    assertEquals("1600 × 1000", text.format("export.size.preset", "width", 1600, "height", 1000));
    assertEquals("1 day/s", text.format("timeline.speed", "days", 1));
    assertEquals("7 days/s", text.format("timeline.speed", "days", 7));
    assertEquals("2000 km", text.format("export.scaleBar.km", "km", 2000));
    assertEquals("500 m", text.format("export.scaleBar.m", "m", 500));
    assertThrows(IllegalArgumentException.class, () -> text.format("date.long", "date"));
  }

  @Test
  void aMessageExceptionIsExplainedInTheReadersLanguage() {
    MessageException e = new MessageException(Message.of("export.saved", "file", "a.png"));
    assertEquals("Saved a.png", e.getMessage());
    assertEquals("Saved a.png", text.explain(e));
    assertEquals("plain", text.explain(new IllegalStateException("plain")));
  }

  @Test
  void aLanguageWithoutABundleGetsTheBase() {
    assertEquals(Languages.BASE, Messages.of(Locale.forLanguageTag("xx")).locale());
    assertEquals(Languages.BASE, Messages.of(Locale.UK).locale());
    assertEquals(Messages.base(), Messages.of(Locale.US));
  }
}
