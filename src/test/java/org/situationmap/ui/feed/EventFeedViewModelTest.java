package org.situationmap.ui.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.situationmap.testing.SampleLayer.LYSYCHANSK;
import static org.situationmap.testing.SampleLayer.SIEVIERODONETSK;
import static org.situationmap.testing.SampleLayer.d;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.situationmap.testing.SampleLayer;
import org.situationmap.ui.state.AppState;

class EventFeedViewModelTest {
  private final AppState state = new AppState();
  private EventFeedViewModel model;

  @BeforeEach
  void setUp() {
    state.setDate(d("2022-06-27"));
    state.setLayer(SampleLayer.layer());
    model = new EventFeedViewModel(state);
  }

  private List<String> rows() {
    return model.itemsProperty().stream().map(i -> i.date() + " " + i.placeName()).toList();
  }

  @Test
  void notesWithinThreeDaysEitherSideNewestFirst() {
    assertEquals(EventFeedViewModel.DEFAULT_WINDOW, model.windowProperty().get());
    assertEquals(List.of("2022-06-27 Lysychansk", "2022-06-24 Sievierodonetsk"), rows());
  }

  @Test
  void windowEdgesAreInclusive() {
    state.setDate(d("2022-06-21")); // 06-24 is exactly 3 days later
    assertEquals(List.of("2022-06-24 Sievierodonetsk"), rows());
    assertTrue(model.itemsProperty().get(0).later());
    state.setDate(d("2022-06-20"));
    assertTrue(rows().isEmpty());
  }

  @Test
  void changingTheWindowRefreshes() {
    model.windowProperty().set(0);
    assertEquals(List.of("2022-06-27 Lysychansk"), rows());
    assertFalse(model.itemsProperty().get(0).later());
    model.windowProperty().set(14);
    assertEquals(
        List.of(
            "2022-07-10 Sievierodonetsk", "2022-06-27 Lysychansk", "2022-06-24 Sievierodonetsk"),
        rows());
  }

  @Test
  void rowsCarryTitleOrText() {
    FeedItem item = model.itemsProperty().get(1);
    assertEquals("Withdrawal ordered", item.headline());
    assertEquals(SIEVIERODONETSK, item.place());
    state.setDate(d("2023-05-21"));
    assertEquals(
        "Wagner Group claims the capture of the city.", model.itemsProperty().get(0).headline());
  }

  @Test
  void choosingARowSelectsAndFocusesItsPlace() {
    List<Integer> focused = new ArrayList<>();
    state.addFocusListener(focused::add);
    model.choose(model.itemsProperty().get(0));
    assertEquals(LYSYCHANSK, state.getSelected());
    assertEquals(List.of(LYSYCHANSK), focused);
  }

  @Test
  void noLayerNoRows() {
    state.setLayer(null);
    assertTrue(model.itemsProperty().isEmpty());
  }

  @Test
  void longTextIsShortenedAtAWord() {
    String shown = new FeedItem(0, "X", d("2022-01-01"), null, "word ".repeat(60), false).summary();
    assertTrue(shown.endsWith("…"));
    assertTrue(shown.length() <= 112, shown);
    assertEquals(
        "short text: t",
        new FeedItem(0, "X", d("2022-01-01"), " short\n text ", "t", false).summary());
  }
}
