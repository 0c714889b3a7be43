package org.situationmap.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.situationmap.testing.SampleLayer.BAKHMUT;
import static org.situationmap.testing.SampleLayer.LYSYCHANSK;
import static org.situationmap.testing.SampleLayer.SIEVIERODONETSK;
import static org.situationmap.testing.SampleLayer.d;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.situationmap.domain.ControlStatus;
import org.situationmap.testing.SampleLayer;
import org.situationmap.text.Messages;
import org.situationmap.ui.state.AppState;

class SearchViewModelTest {
  private final AppState state = new AppState();
  private final List<Integer> focused = new ArrayList<>();
  private SearchViewModel model;

  @BeforeEach
  void setUp() {
    state.setDate(d("2022-06-30"));
    state.setLayer(SampleLayer.layer());
    state.addFocusListener(focused::add);
    model = new SearchViewModel(state);
  }

  private List<String> names() {
    return model.resultsProperty().stream().map(SearchResult::name).toList();
  }

  @Test
  void oblastsComeFromTheData() {
    assertEquals(
        List.of(OblastFilter.ALL, OblastFilter.of("Donetsk"), OblastFilter.of("Luhansk")),
        model.oblastsProperty());
  }

  @Test
  void typingFindsByOtherNamesAndShowsWhichMatched() {
    model.queryProperty().set("artem");
    assertEquals("Bakhmut", names().get(0));
    SearchResult r = model.resultsProperty().get(0);
    assertEquals("Artemivsk", r.matchedName());
    assertEquals("Artemivsk · Donetsk · Ukraine", r.detail(Messages.of(java.util.Locale.ENGLISH)));
    model.queryProperty().set("Bakhmut");
    assertNull(model.resultsProperty().get(0).matchedName());
  }

  @Test
  void filtersByOblastAndByStatusAtTheSelectedDate() {
    model.queryProperty().set("s");
    model.oblastProperty().set(OblastFilter.of("Luhansk"));
    assertEquals(List.of("Sievierodonetsk", "Lysychansk"), names());
    model.statusProperty().set(StatusFilter.RUSSIA);
    assertEquals(List.of("Sievierodonetsk"), names());
    state.setDate(d("2022-07-05"));
    assertEquals(List.of("Sievierodonetsk", "Lysychansk"), names());
    assertEquals(ControlStatus.RUSSIA, model.resultsProperty().get(1).status());
  }

  @Test
  void filterWithoutQueryListsPlacesBiggestFirst() {
    assertTrue(model.resultsProperty().isEmpty());
    model.statusProperty().set(StatusFilter.UNKNOWN);
    assertEquals(List.of("Zolote"), names());
    model.statusProperty().set(StatusFilter.ANY);
    model.oblastProperty().set(OblastFilter.of("Luhansk"));
    assertEquals(List.of("Sievierodonetsk", "Lysychansk", "Zolote"), names());
  }

  @Test
  void choosingSelectsAndFocusesThePlace() {
    model.queryProperty().set("lysy");
    assertTrue(model.chooseFirst());
    assertEquals(LYSYCHANSK, state.getSelected());
    assertEquals(List.of(LYSYCHANSK), focused);
    model.queryProperty().set("nowhere");
    assertFalse(model.chooseFirst());
    model.queryProperty().set("Сєвєродонецьк");
    model.choose(model.resultsProperty().get(0));
    assertEquals(SIEVIERODONETSK, state.getSelected());
  }

  @Test
  void theListClosesOnChoosingOrClosingAndOpensOnTyping() {
    assertFalse(model.isOpen(), "nothing to list");
    model.queryProperty().set("bakh");
    assertTrue(model.isOpen());
    model.chooseFirst();
    assertFalse(model.isOpen(), "choosing closes the list");
    assertEquals("bakh", model.queryProperty().get());
    model.queryProperty().set("bakhm");
    assertTrue(model.isOpen(), "typing opens it again");
    model.close();
    assertFalse(model.isOpen());
    model.reopen();
    assertTrue(model.isOpen());
    model.close();
    model.statusProperty().set(StatusFilter.UKRAINE);
    assertTrue(model.isOpen(), "a new filter opens it again");
    model.close();
    state.setDate(d("2022-07-01"));
    assertEquals(List.of("Bakhmut", "Bakhmutske"), names());
    assertFalse(model.isOpen(), "a new date keeps it closed");
  }

  @Test
  void aNewLayerRebuildsTheIndexAndKeepsTheQuery() {
    model.queryProperty().set("bakh");
    state.setLayer(null);
    assertTrue(model.resultsProperty().isEmpty());
    assertEquals(List.of(OblastFilter.ALL), model.oblastsProperty());
    state.setLayer(SampleLayer.layer());
    assertEquals(BAKHMUT, model.resultsProperty().get(0).place());
  }
}
