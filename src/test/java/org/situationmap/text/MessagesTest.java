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

  private final Messages uk = Messages.of(Locale.forLanguageTag("uk-UA"));

  @ParameterizedTest
  @CsvSource({
    "2022-06-13, 13 червня 2022, 13 черв. 2022, черв.",
    "2022-05-30, 30 травня 2022, 30 трав. 2022, трав.",
    "2014-01-01, 1 січня 2014, 1 січ. 2014, січ.",
    "2024-02-29, 29 лютого 2024, 29 лют. 2024, лют.",
    "2023-11-07, 7 листопада 2023, 7 лист. 2023, лист."
  })
  void ukrainianDatesHaveGenitiveMonthsAndReadBack(
      LocalDate date, String long_, String short_, String month) {
    assertEquals(long_, uk.date(date));
    assertEquals(short_, uk.shortDate(date));
    assertEquals(month, uk.format("timeline.month", "date", date));
    assertEquals(Optional.of(date), uk.parseDate(long_));
    assertEquals(Optional.of(date), uk.parseDate(short_));
    assertEquals(Optional.of(date), uk.parseDate(date.toString()));
  }

  @ParameterizedTest
  @CsvSource({
    "31 червня 2022, NO_SUCH_DAY",
    "29 лютого 2023, NO_SUCH_DAY",
    "13 June 2022, UNREADABLE",
    "червень, UNREADABLE"
  })
  void ukrainianReadingSaysWhyATextIsNoDate(String typed, DateReading.Kind kind) {
    assertEquals(kind, uk.readDate(typed).kind(), typed);
  }

  @ParameterizedTest
  @CsvSource({
    "1, 1 населений пункт",
    "2, 2 населені пункти",
    "4, 4 населені пункти",
    "5, 5 населених пунктів",
    "11, 11 населених пунктів",
    "21, 21 населений пункт",
    "22, 22 населені пункти",
    "112, 112 населених пунктів",
    "12345, 12 345 населених пунктів"
  })
  void ukrainianCountsTakeTheirPluralForm(int n, String expected) {
    assertEquals(expected, uk.format("data.places.count", "places", n).replace('\u00a0', ' '));
  }

  @Test
  void ukrainianWordsForTheData() {
    assertEquals(Languages.UKRAINIAN, uk.locale());
    assertEquals("Україна", uk.status(ControlStatus.UKRAINE));
    assertEquals("Росія", uk.status(ControlStatus.RUSSIA));
    assertEquals("1 день/с", uk.format("timeline.speed", "days", 1));
    assertEquals("3 дні/с", uk.format("timeline.speed", "days", 3));
    assertEquals("7 днів/с", uk.format("timeline.speed", "days", 7));
    assertEquals(
        "Немає змін чи нотаток у межах 1 дня від 13 червня 2022.",
        uk.format("feed.empty", "days", 1, "date", uk.date(LocalDate.of(2022, 6, 13))));
  }

  @Test
  void eachLanguageIsNamedInItself() {
    assertEquals("English", Languages.ownName(Languages.BASE));
    assertEquals("Українська", Languages.ownName(Languages.UKRAINIAN));
  }
}
