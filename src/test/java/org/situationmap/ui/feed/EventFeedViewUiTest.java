package org.situationmap.ui.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.situationmap.testing.SampleLayer.LYSYCHANSK;
import static org.situationmap.testing.SampleLayer.SIEVIERODONETSK;
import static org.situationmap.testing.SampleLayer.d;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.situationmap.testing.SampleLayer;
import org.situationmap.testing.ViewStage;
import org.situationmap.ui.state.AppState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The event feed as a person sees it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EventFeedViewUiTest extends FxRobot {
  private final AppState state = new AppState();
  private final List<Integer> focused = new ArrayList<>();

  @Start
  void start(Stage stage) {
    state.setDate(d("2022-06-27"));
    state.setLayer(SampleLayer.layer());
    state.addFocusListener(focused::add);
    ViewStage.show(stage, new EventFeedView(state), 360, 400);
  }

  @SuppressWarnings("unchecked")
  private ListView<FeedItem> list() {
    return lookup("#feed-list").queryAs(ListView.class);
  }

  @Test
  void rowsShowDatePlaceAndText() {
    assertEquals(2, list().getItems().size());
    assertTrue(lookup("#event-feed").tryQuery().isPresent());
    assertTrue(labels().contains("27 Jun 2022"));
    assertTrue(labels().contains("Lysychansk"));
    assertTrue(labels().contains("Encirclement threat: Supply road under fire."));
    assertTrue(labels().contains("Withdrawal ordered: Governor says troops ordered to leave."));
  }

  @Test
  void clickingARowSelectsThePlace() {
    clickOn("Withdrawal ordered: Governor says troops ordered to leave.");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(SIEVIERODONETSK, state.getSelected());
    assertEquals(List.of(SIEVIERODONETSK), focused);
    clickOn("Lysychansk");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(LYSYCHANSK, state.getSelected());
  }

  @Test
  void theWindowSpinnerWidensTheFeed() {
    Spinner<?> spinner = lookup("#feed-window").queryAs(Spinner.class);
    assertEquals(3, spinner.getValue());
    interact(() -> spinner.getValueFactory().increment(11));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(3, list().getItems().size());
    assertTrue(lookup(".feed-row.later").tryQuery().isPresent(), "a later row is dimmed");
    interact(() -> state.setDate(d("2021-01-01")));
    assertEquals(0, list().getItems().size());
    assertTrue(labels().contains("No notes within 14 days of 1 January 2021."));
  }

  private List<String> labels() {
    List<String> texts = new ArrayList<>();
    for (Node n : lookup(".label").queryAll()) {
      if (n instanceof Label l && l.isVisible()) {
        texts.add(l.getText());
      }
    }
    return texts;
  }
}
