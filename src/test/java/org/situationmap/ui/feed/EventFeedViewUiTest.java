package org.situationmap.ui.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.situationmap.testing.SampleLayer.LYSYCHANSK;
import static org.situationmap.testing.SampleLayer.SIEVIERODONETSK;
import static org.situationmap.testing.SampleLayer.d;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.situationmap.testing.SampleLayer;
import org.situationmap.testing.ViewStage;
import org.situationmap.text.Messages;
import org.situationmap.ui.state.AppState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The event feed as a person sees it; every lookup stays in the feed's own window. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EventFeedViewUiTest extends FxRobot {
  private final AppState state = new AppState();
  private final List<Integer> focused = new ArrayList<>();
  private InWindow window;

  @Start
  void start(Stage stage) {
    state.setDate(d("2022-06-27"));
    state.setLayer(SampleLayer.layer());
    state.addFocusListener(focused::add);
    ViewStage.show(
        stage, new EventFeedView(state, Messages.of(java.util.Locale.ENGLISH)), 360, 400);
    window = InWindow.of(stage);
  }

  private int rows() {
    @SuppressWarnings("unchecked")
    ListView<FeedItem> list = window.node("#feed-list", ListView.class);
    return Fx.call(() -> list.getItems().size());
  }

  @Test
  void rowsShowDatePlaceAndText() {
    assertEquals(3, rows());
    assertTrue(window.has("#event-feed"));
    // each waits for its text to show: cells are filled at the list's next layout
    window.labelled("27 Jun 2022");
    window.labelled("Lysychansk");
    window.labelled("Encirclement threat: Supply road under fire.");
    window.labelled("Withdrawal ordered: Governor says troops ordered to leave.");
  }

  @Test
  void aControlChangeShowsItsStatusesAndSourceMarkedApart() {
    Node change = window.labelled("Contested → Russia");
    assertTrue(Fx.call(() -> change.getStyleClass().contains("feed-change")));
    window.labelled("Source: BBC, Ukraine withdraws from Sievierodonetsk, 24 Jun 2022");
    assertEquals(1, Fx.call(() -> window.all(".feed-row.change", Node.class).size()));
  }

  @Test
  void clickingARowSelectsThePlace() {
    clickOn(
        InWindow.centreOf(
            window.labelled("Withdrawal ordered: Governor says troops ordered to leave.")));
    Fx.waitUntil("Sievierodonetsk is selected", () -> state.getSelected() == SIEVIERODONETSK);
    assertEquals(List.of(SIEVIERODONETSK), Fx.call(() -> List.copyOf(focused)));
    clickOn(InWindow.centreOf(window.labelled("Lysychansk")));
    Fx.waitUntil("Lysychansk is selected", () -> state.getSelected() == LYSYCHANSK);
  }

  @Test
  void theWindowSpinnerWidensTheFeed() {
    Spinner<?> spinner = window.node("#feed-window", Spinner.class);
    assertEquals(3, Fx.call(spinner::getValue));
    Fx.run(() -> spinner.getValueFactory().increment(11));
    assertEquals(5, rows());
    window.node(".feed-row.later", Node.class); // a later row is dimmed
    Fx.run(() -> state.setDate(d("2021-01-01")));
    assertEquals(0, rows());
    // waits for the placeholder, which the list shows at its next layout
    window.labelled("No changes or notes within 14 days of 1 January 2021.");
  }
}
