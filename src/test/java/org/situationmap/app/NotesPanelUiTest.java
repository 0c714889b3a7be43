package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.io.LayerFormats;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The notes panel of the running app at Sievierodonetsk, whose three control entries begin after
 * the layer's first date: the list of changes counts what it lists, note text can be selected and
 * copied, each source copies as a citation or a link, and a link that no browser can open is copied
 * instead, and the panel says so. The app's browser is the real opener with a command that does not
 * exist on any machine.
 */
@Tag("ui")
class NotesPanelUiTest extends FxRobot {
  private static final String BBC = "https://www.bbc.com/news/world-europe-61933612";
  private static SituationMapApp app;
  private static InWindow window;

  @BeforeAll
  static void start() throws Exception {
    SystemBrowser noBrowser = new SystemBrowser(List.of("situation-map-test-no-such-opener"));
    app = AppHarness.start(() -> new SituationMapApp(LayerFormats.standard(), noBrowser));
    AppHarness.waitUntil("the bundled layer is loaded", () -> app.state().getLayer() != null);
    Path small = AppHarness.resource("/app/notes.geojson");
    Fx.run(() -> app.files().open(small));
    AppHarness.waitUntil(
        "the test layer is loaded",
        () -> app.state().getLayer().index().indexOf("kramatorsk") >= 0);
    window = InWindow.of(app.view());
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  @BeforeEach
  void showSievierodonetsk() {
    Fx.run(
        () -> {
          app.state().setDate(LocalDate.parse("2022-06-26"));
          app.state().showPlace(app.state().getLayer().index().indexOf("sievierodonetsk"));
          Clipboard.getSystemClipboard().clear();
        });
    Fx.waitUntil("the notes show", () -> "Sievierodonetsk".equals(window.text("#notes-title")));
    TitledPane pane = window.node("#history-changes-pane", TitledPane.class);
    if (!Fx.call(pane::isExpanded)) {
      clickOn(InWindow.centreOf(Fx.call(() -> pane.lookup(".title"))));
      Fx.waitUntil("the change list is open", pane::isExpanded);
    }
  }

  private static String clipboard() {
    return Fx.call(() -> Clipboard.getSystemClipboard().getString());
  }

  private static String notice() {
    Label notice = window.node("#notes-notice", Label.class);
    return Fx.call(() -> notice.isVisible() ? notice.getText() : "");
  }

  @Test
  void theChangeListCountsTheEntriesItLists() {
    TitledPane pane = window.node("#history-changes-pane", TitledPane.class);
    int rows = window.all(".change-row", Node.class).size();
    assertEquals(3, rows, "Sievierodonetsk has three control entries");
    assertEquals("Control changes and their sources (3)", Fx.call(pane::getText));
  }

  @Test
  void noteTextCanBeSelectedAndCopied() {
    TextArea text =
        window.all(".note-text", TextArea.class).stream()
            .filter(t -> Fx.call(t::getText).startsWith("Governor Serhiy Haidai"))
            .findFirst()
            .orElseThrow();
    clickOn(InWindow.centreOf(text));
    press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A);
    press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
    Fx.waitUntil("the note's text is copied", () -> Fx.call(text::getText).equals(clipboard()));
    assertTrue(Fx.call(() -> !text.isEditable()), "the note cannot be changed");
  }

  @Test
  void theWheelOverNoteTextScrollsThePanel() {
    ScrollPane panel = window.node(".notes-scroll", ScrollPane.class);
    TextArea entryNote =
        window.all(".change-note", TextArea.class).stream()
            .filter(t -> Fx.call(t::getText).startsWith("Street fighting"))
            .findFirst()
            .orElseThrow();
    Fx.run(() -> panel.setVvalue(0.5));
    moveTo(InWindow.centreOf(entryNote));
    scroll(2, VerticalDirection.DOWN);
    Fx.waitUntil("the panel scrolls", () -> panel.getVvalue() != 0.5);
  }

  @Test
  void copyCitationAndCopyLinkPutTheSourceOnTheClipboard() {
    Node bbcRow = bbcSourceRow();
    clickOn(InWindow.centreOf(Fx.call(() -> bbcRow.lookup(".copy-citation"))));
    Fx.waitUntil("the citation is copied", () -> clipboard() != null);
    assertEquals(
        "BBC, “Ukraine withdraws from Sievierodonetsk”, 24 June 2022, " + BBC, clipboard());
    assertEquals("Citation copied.", notice());
    Fx.run(() -> Clipboard.getSystemClipboard().clear());
    clickOn(InWindow.centreOf(Fx.call(() -> bbcRow.lookup(".copy-link"))));
    Fx.waitUntil("the link is copied", () -> clipboard() != null);
    assertEquals(BBC, clipboard());
    assertEquals("Link copied.", notice());
  }

  @Test
  void aLinkNoBrowserCanOpenIsCopiedAndThePanelSaysSo() {
    Hyperlink link =
        window.all(".source-link", Hyperlink.class).stream()
            .filter(h -> BBC.equals(Fx.call(h::getText)))
            .findFirst()
            .orElseThrow();
    clickOn(InWindow.centreOf(link));
    InWindow dialog = window.awaitDialog("open-link-dialog");
    clickOn(InWindow.centreOf(dialog.button(ButtonData.OK_DONE)));
    Fx.waitUntil("the panel says no browser opened", () -> !notice().isEmpty());
    assertEquals(
        "No web browser could be opened. The link is copied instead; paste it into a browser: "
            + BBC,
        notice());
    assertEquals(BBC, clipboard());
  }

  /** The source lines of the change entry that cites the BBC. */
  private static Node bbcSourceRow() {
    return window.all(".change-row", Node.class).stream()
        .filter(
            row ->
                Fx.call(
                    () ->
                        row.lookupAll(".source-link").stream()
                            .anyMatch(h -> BBC.equals(((Hyperlink) h).getText()))))
        .findFirst()
        .map(row -> Fx.call(() -> row.lookup(".source-lines")))
        .orElseThrow();
  }
}
