package org.situationmap.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.situationmap.testing.SampleLayer.SIEVIERODONETSK;
import static org.situationmap.testing.SampleLayer.d;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
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

/** The notes panel as a person sees it; every lookup stays in the panel's window or its dialog. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NotesViewUiTest extends FxRobot {
  private final AppState state = new AppState();
  private final List<String> opened = new ArrayList<>();
  private InWindow window;

  @Start
  void start(Stage stage) {
    state.setDate(d("2022-06-24"));
    state.setLayer(SampleLayer.layer());
    state.showPlace(SIEVIERODONETSK);
    Browser browser =
        url -> {
          opened.add(url);
          return CompletableFuture.completedFuture(true);
        };
    ViewStage.show(stage, new NotesView(state, Messages.of(Locale.ENGLISH), browser), 420, 700);
    window = InWindow.of(stage);
  }

  private String text(String query) {
    return window.text(query);
  }

  private void click(Node node) {
    clickOn(InWindow.centreOf(node));
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
    VBox list = window.node("#notes-list", VBox.class);
    record Card(String text, boolean later, boolean visible, double opacity) {}
    List<Card> cards =
        Fx.call(
            () ->
                list.getChildren().stream()
                    .filter(n -> n.getStyleClass().contains("note-card"))
                    .map(
                        n ->
                            new Card(
                                cardText(n),
                                n.getStyleClass().contains("later"),
                                n.isVisible(),
                                n.getOpacity()))
                    .toList());
    assertEquals(3, cards.size());
    assertTrue(cards.get(0).text().contains("Withdrawal ordered"));
    assertTrue(cards.get(1).text().contains("Heavy shelling of the city."));
    Card later = cards.get(2);
    assertTrue(later.later());
    assertTrue(later.visible());
    assertTrue(later.opacity() < 0.8, "later notes are dimmed: " + later.opacity());
    assertEquals(1.0, cards.get(0).opacity());
    assertTrue(later.text().contains("An occupation administration is named."));
    assertEquals("Later — after 24 June 2022", text("#notes-later-heading"));
  }

  @Test
  void clickingAHistoryBandJumpsToThatChange() {
    assertTrue(window.has("#history-strip"));
    click(window.node("#history-band-2", Node.class));
    Fx.waitUntil("the date is 25 June 2022", () -> d("2022-06-25").equals(state.getDate()));
    assertEquals("Russia since 25 June 2022", text("#notes-status"));
    click(window.node("#history-band-0", Node.class));
    Fx.waitUntil("the date is 24 February 2022", () -> d("2022-02-24").equals(state.getDate()));
    assertEquals("Ukraine since 24 February 2022", text("#notes-status"));
  }

  /** Opens the collapsed list of control changes, as a person would, by clicking its title. */
  private void openChangeList() {
    TitledPane pane = window.node("#history-changes-pane", TitledPane.class);
    if (!Fx.call(pane::isExpanded)) {
      click(Fx.call(() -> pane.lookup(".title")));
      Fx.waitUntil("the change list is open", pane::isExpanded);
    }
  }

  @Test
  void changeListJumpsToo() {
    openChangeList();
    click(window.node("#history-jump-1", Node.class));
    Fx.waitUntil("the date is 30 May 2022", () -> d("2022-05-30").equals(state.getDate()));
  }

  @Test
  void sourceLinkAsksWithTheFullUrlBeforeOpening() {
    String url = "https://www.bbc.com/news/world-europe-61933612";
    openChangeList();
    Hyperlink link =
        window.all(".source-link", Hyperlink.class).stream()
            .filter(h -> url.equals(Fx.call(h::getText)))
            .findFirst()
            .orElseThrow();
    click(link);
    InWindow dialog = window.awaitDialog("open-link-dialog");
    assertEquals(url, dialog.text("#open-link-url"));
    assertTrue(Fx.call(opened::isEmpty), "nothing opens before the person agrees");
    click(dialog.button(ButtonData.CANCEL_CLOSE));
    Fx.waitUntil("the dialog closes", () -> !dialog.window().isShowing());
    assertTrue(Fx.call(opened::isEmpty));
    click(link);
    InWindow again = window.awaitDialog("open-link-dialog");
    click(again.button(ButtonData.OK_DONE));
    Fx.waitUntil("the link opens", () -> !opened.isEmpty());
    assertEquals(List.of(url), Fx.call(() -> List.copyOf(opened)));
  }

  @Test
  void closeButtonClearsTheSelection() {
    click(window.node("#close-notes", Node.class));
    Fx.waitUntil("nothing is selected", () -> state.getSelected() == -1);
    assertEquals("", text("#notes-title"));
    assertFalse(window.has(".note-card"));
  }

  private static String cardText(Node card) {
    StringBuilder b = new StringBuilder();
    for (Node n : card.lookupAll("*")) {
      if (n instanceof Label l) {
        b.append(l.getText()).append('\n');
      } else if (n instanceof TextInputControl t) {
        b.append(t.getText()).append('\n');
      }
    }
    return b.toString();
  }
}
