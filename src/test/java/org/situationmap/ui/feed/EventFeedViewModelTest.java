package org.situationmap.ui.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.situationmap.testing.SampleLayer.LYSYCHANSK;
import static org.situationmap.testing.SampleLayer.SIEVIERODONETSK;
import static org.situationmap.testing.SampleLayer.d;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.situationmap.domain.ControlStatus;
import org.situationmap.layer.Layer;
import org.situationmap.testing.SampleLayer;
import org.situationmap.text.Messages;
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
  void changesAndNotesWithinThreeDaysEitherSideNewestFirst() {
    assertEquals(EventFeedViewModel.DEFAULT_WINDOW, model.windowProperty().get());
    assertEquals(
        List.of(
            "2022-06-27 Lysychansk", "2022-06-25 Sievierodonetsk", "2022-06-24 Sievierodonetsk"),
        rows());
  }

  @Test
  void aChangeRowCarriesTheStatusesBeforeAndAfterAndItsSources() {
    FeedItem change = model.itemsProperty().get(1);
    assertTrue(change.isChange());
    assertEquals(ControlStatus.CONTESTED, change.before());
    assertEquals(ControlStatus.RUSSIA, change.after());
    assertEquals("BBC", change.sources().get(0).publisher());
    assertFalse(model.itemsProperty().get(0).isChange(), "a note is not a change");
    assertEquals("Reuters", rowOn("2022-05-30").sources().get(0).publisher());
  }

  @Test
  void aFirstEntryIsListedAsTheStartOfAHistory() {
    state.setDate(d("2022-02-25"));
    List<FeedItem> items = model.itemsProperty();
    assertTrue(items.stream().allMatch(FeedItem::isChange), "only first entries that week");
    assertEquals(6, items.size());
    assertTrue(items.stream().allMatch(i -> i.before() == ControlStatus.UNKNOWN));
  }

  @Test
  void onOneDayTheChangesComeBeforeTheNotes() {
    state.setDate(d("2023-05-20"));
    model.windowProperty().set(0);
    List<FeedItem> items = model.itemsProperty();
    assertTrue(items.get(0).isChange(), items.toString());
    assertFalse(items.get(items.size() - 1).isChange(), items.toString());
  }

  @Test
  void onTheBundledLayerTenMarch2023ListsBakhmutBecomingContested() throws Exception {
    var index = Layer.read(Path.of("data", "donbas.geojson")).index();
    FeedItem bakhmut =
        EventFeedViewModel.around(index, d("2023-03-10"), 3).stream()
            .filter(i -> i.isChange() && i.placeName().equals("Bakhmut"))
            .findFirst()
            .orElseThrow();
    assertEquals(d("2023-03-08"), bakhmut.date());
    assertEquals(ControlStatus.UKRAINE, bakhmut.before());
    assertEquals(ControlStatus.CONTESTED, bakhmut.after());
    assertFalse(bakhmut.sources().isEmpty());
  }

  private FeedItem rowOn(String date) {
    state.setDate(d(date));
    return model.itemsProperty().stream()
        .filter(i -> i.isChange() && i.date().equals(d(date)))
        .findFirst()
        .orElseThrow();
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
            "2022-07-10 Sievierodonetsk",
            "2022-07-03 Lysychansk",
            "2022-06-27 Lysychansk",
            "2022-06-25 Sievierodonetsk",
            "2022-06-24 Sievierodonetsk"),
        rows());
  }

  @Test
  void rowsCarryTitleOrText() {
    FeedItem item = model.itemsProperty().get(2);
    assertEquals("Withdrawal ordered", item.headline());
    assertEquals(SIEVIERODONETSK, item.place());
    state.setDate(d("2023-05-21"));
    assertEquals(
        "Wagner Group claims the capture of the city.", model.itemsProperty().get(1).headline());
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
    String shown =
        FeedItem.note(0, "X", d("2022-01-01"), null, "word ".repeat(60), false, List.of())
            .summary(Messages.of(java.util.Locale.ENGLISH));
    assertTrue(shown.endsWith("…"));
    assertTrue(shown.length() <= 112, shown);
    assertEquals(
        "short text: t",
        FeedItem.note(0, "X", d("2022-01-01"), " short\n text ", "t", false, List.of())
            .summary(Messages.of(java.util.Locale.ENGLISH)));
  }
}
