package org.situationmap.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageTest {
  private static final Coverage.Oblast DONETSK =
      new Coverage.Oblast("Donetsk Oblast", LocalDate.of(2025, 8, 31));
  private static final Coverage.Oblast LUHANSK =
      new Coverage.Oblast("Luhansk Oblast", LocalDate.of(2024, 5, 31));
  private static final Coverage BOTH = new Coverage(List.of(DONETSK, LUHANSK));

  @Test
  void anOblastLapsesTheDayAfterItWasCheckedTo() {
    assertEquals(false, LUHANSK.lapsedAt(LocalDate.of(2024, 5, 31)));
    assertEquals(true, LUHANSK.lapsedAt(LocalDate.of(2024, 6, 1)));
  }

  @Test
  void lapsedOblastsAreThoseOfTheGivenPlacesInTheCoverageOrder() {
    Set<String> both = Set.of("Luhansk Oblast", "Donetsk Oblast");
    assertEquals(List.of(), BOTH.lapsedAt(LocalDate.of(2024, 5, 31), both));
    assertEquals(List.of(LUHANSK), BOTH.lapsedAt(LocalDate.of(2024, 6, 1), both));
    assertEquals(List.of(DONETSK, LUHANSK), BOTH.lapsedAt(LocalDate.of(2025, 9, 1), both));
    assertEquals(
        List.of(DONETSK), BOTH.lapsedAt(LocalDate.of(2025, 9, 1), Set.of("Donetsk Oblast")));
    assertEquals(List.of(), BOTH.lapsedAt(LocalDate.of(2025, 9, 1), Set.of("Kharkiv Oblast")));
  }

  @Test
  void looksUpAnOblastsDate() {
    assertEquals(Optional.of(LocalDate.of(2024, 5, 31)), BOTH.checkedTo("Luhansk Oblast"));
    assertEquals(Optional.empty(), BOTH.checkedTo("Luhansk"));
    assertEquals(true, Coverage.NONE.isEmpty());
  }

  @Test
  void namesEachOblastOnceAndNeedsANameAndADate() {
    assertThrows(IllegalArgumentException.class, () -> new Coverage(List.of(LUHANSK, LUHANSK)));
    assertThrows(
        IllegalArgumentException.class, () -> new Coverage.Oblast(" ", LocalDate.of(2024, 1, 1)));
    assertThrows(NullPointerException.class, () -> new Coverage.Oblast("Luhansk Oblast", null));
  }
}
