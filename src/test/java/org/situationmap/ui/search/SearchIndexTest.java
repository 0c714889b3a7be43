package org.situationmap.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.situationmap.testing.SampleLayer.BAKHMUT;
import static org.situationmap.testing.SampleLayer.BAKHMUTSKE;
import static org.situationmap.testing.SampleLayer.DONETSK;
import static org.situationmap.testing.SampleLayer.SIEVIERODONETSK;
import static org.situationmap.testing.SampleLayer.SLOVIANSK;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.situationmap.testing.SampleLayer;

class SearchIndexTest {
  private final SearchIndex index = SearchIndex.of(SampleLayer.layer().index());

  private List<Integer> places(String query) {
    return index.find(query, i -> true, 10).stream().map(SearchHit::place).toList();
  }

  @ParameterizedTest
  @CsvSource({
    "artemivsk, 1",
    "Artemivsk, 1",
    "артемовск, 1",
    "SEVERODONETSK, 0",
    "Сєвєродонецьк, 0",
    "sievierodonetsk, 0",
    "Северодонецк, 0",
    "slovyansk, 5",
    "Слов'янськ, 5",
    "slavyansk, 5",
  })
  void findsByAnyNameIgnoringCaseAccentsAndApostrophes(String query, int expected) {
    assertEquals(expected, places(query).get(0), query);
  }

  @Test
  void exactBeatsPrefixBeatsSubstring() {
    // "donetsk": exact for Donetsk, substring of Sievierodonetsk.
    assertEquals(List.of(DONETSK, SIEVIERODONETSK), places("donetsk"));
    // "bakhmut": exact for Bakhmut, prefix of Bakhmutske.
    assertEquals(List.of(BAKHMUT, BAKHMUTSKE), places("bakhmut"));
  }

  @Test
  void biggerPlacesFirstWithinARank() {
    // both prefixes; Bakhmut (72,310) before the village Bakhmutske (600)
    assertEquals(List.of(BAKHMUT, BAKHMUTSKE), places("bakh"));
  }

  @Test
  void reportsTheNameThatMatched() {
    SearchHit hit = index.find("artem", i -> true, 5).get(0);
    assertEquals("Artemivsk", hit.matchedName());
    assertEquals(SearchHit.Match.PREFIX, hit.match());
  }

  @Test
  void blankQueryAndFiltersAndLimit() {
    assertTrue(places("   ").isEmpty());
    assertEquals(
        List.of(BAKHMUTSKE),
        index.find("bakh", i -> i != BAKHMUT, 10).stream().map(SearchHit::place).toList());
    assertEquals(1, index.find("s", i -> true, 1).size());
    assertEquals(List.of(DONETSK, SLOVIANSK), index.all(i -> i == SLOVIANSK || i == DONETSK, 5));
  }
}
