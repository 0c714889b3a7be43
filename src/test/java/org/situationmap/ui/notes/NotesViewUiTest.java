package org.situationmap.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.situationmap.testing.SampleLayer.SIEVIERODONETSK;
import static org.situationmap.testing.SampleLayer.d;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
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

/** The notes panel as a person sees it. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NotesViewUiTest extends FxRobot {
  private final AppState state = new AppState();
  private final List<String> opened = new ArrayList<>();

  @Start
  void start(Stage stage) {
    state.setDate(d("2022-06-24"));
    state.setLayer(SampleLayer.layer());
    state.showPlace(SIEVIERODONETSK);
    ViewStage.show(stage, new NotesView(state, opened::add), 420, 700);
  }

  private String text(String query) {
    return lookup(query).queryAs(Label.class).getText();
  }

  @Test
  void showsNameFactsAndStatusSince() {
    assertEquals("Sievierodonetsk", text("#notes-title"));
    assertEquals("Сєвєродонецьк", text("#notes-local-name"));
    assertEquals("City · Luhansk oblast · population 101,135 (pre-war)", text("#notes-facts"));
    assertEquals("Contested since 30 May 2022", text("#notes-status"));
    assertEquals("Confidence: assessed — Street fighting reported.", text("#notes-status-detail"));
  }

  @Test
  void notesNewestFirstWithLaterOnesDimmedNotHidden() {
    VBox list = lookup("#notes-list").queryAs(VBox.class);
    List<Node> cards =
        list.getChildren().stream().filter(n -> n.getStyleClass().contains("note-card")).toList();
    assertEquals(3, cards.size());
    assertTrue(cardText(cards.get(0)).contains("Withdrawal ordered"));
    assertTrue(cardText(cards.get(1)).contains("Heavy shelling of the city."));
    Node later = cards.get(2);
    assertTrue(later.getStyleClass().contains("later"));
    assertTrue(later.isVisible());
    assertTrue(later.getOpacity() < 0.8, "later notes are dimmed: " + later.getOpacity());
    assertEquals(1.0, cards.get(0).getOpacity());
    assertTrue(cardText(later).contains("An occupation administration is named."));
    assertEquals("Later — after 24 June 2022", text("#notes-later-heading"));
  }

  @Test
  void clickingAHistoryBandJumpsToThatChange() {
    assertTrue(lookup("#history-strip").tryQuery().isPresent());
    clickOn("#history-band-2");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(d("2022-06-25"), state.getDate());
    assertEquals("Russia since 25 June 2022", text("#notes-status"));
    clickOn("#history-band-0");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(d("2022-02-24"), state.getDate());
    assertEquals("Ukraine since 24 February 2022", text("#notes-status"));
  }

  /** Opens the collapsed list of control changes, as a person would, by clicking its title. */
  private void openChangeList() {
    javafx.scene.control.TitledPane pane =
        lookup("#history-changes-pane").queryAs(javafx.scene.control.TitledPane.class);
    if (!pane.isExpanded()) {
      clickOn(pane.lookup(".title"));
      WaitForAsyncUtils.waitForFxEvents();
    }
  }

  @Test
  void changeListJumpsToo() {
    openChangeList();
    clickOn("#history-jump-1");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(d("2022-05-30"), state.getDate());
  }

  @Test
  void sourceLinkAsksWithTheFullUrlBeforeOpening() {
    String url = "https://www.bbc.com/news/world-europe-61933612";
    openChangeList();
    Hyperlink link =
        lookup(".source-link").queryAllAs(Hyperlink.class).stream()
            .filter(h -> h.getText().equals(url))
            .findFirst()
            .orElseThrow();
    clickOn(link);
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane dialog = lookup("#open-link-dialog").queryAs(DialogPane.class);
    assertEquals(url, lookup("#open-link-url").queryAs(TextArea.class).getText());
    assertTrue(opened.isEmpty(), "nothing opens before the person agrees");
    clickOn(dialog.lookupButton(ButtonType.CANCEL));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(opened.isEmpty());
    clickOn(link);
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane again = lookup("#open-link-dialog").queryAs(DialogPane.class);
    clickOn(again.lookupButton(LinkConfirmDialog.OPEN));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of(url), opened);
  }

  @Test
  void closeButtonClearsTheSelection() {
    clickOn("#close-notes");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(-1, state.getSelected());
    assertEquals("", text("#notes-title"));
    assertFalse(lookup(".note-card").tryQuery().isPresent());
  }

  private static String cardText(Node card) {
    StringBuilder b = new StringBuilder();
    for (Node n : card.lookupAll(".label")) {
      if (n instanceof Label l) {
        b.append(l.getText()).append('\n');
      }
    }
    return b.toString();
  }
}
