package org.situationmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.situationmap.text.Messages;

class DateCheckTest {
  private static final Messages EN = Messages.of(Locale.ENGLISH);
  private static final LocalDate FIRST = LocalDate.of(2014, 4, 12);
  private static final LocalDate LAST = LocalDate.of(2022, 7, 3);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2022-06-25     | 2022-06-25 | ''",
        "25 June 2022   | 2022-06-25 | ''",
        "12 Apr 2014    | 2014-04-12 | ''",
        "3 July 2022    | 2022-07-03 | ''",
        "''             |            | ''",
        "31 June 2022   |            | There is no day “31 June 2022” in the calendar.",
        "2023-02-29     |            | There is no day “2023-02-29” in the calendar.",
        "11 April 2014  |            | 11 April 2014 is before the data, which starts on 12 April 2014.",
        "2022-07-04     |            | 4 July 2022 is after the data, which ends on 3 July 2022.",
        "soon           |            | “soon” is not a date. Type a date as 2022-06-25 or 25 June 2022."
      })
  void aTypedDateIsTheDayOrSaysWhatIsWrong(String typed, LocalDate date, String problem) {
    DateCheck check = DateCheck.of(typed, FIRST, LAST, EN);
    assertEquals(date, check.date());
    assertEquals(problem, check.problem());
    assertEquals(date != null, check.ok());
  }
}
