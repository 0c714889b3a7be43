package org.situationmap.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.situationmap.testing.SampleLayer.LYSYCHANSK;
import static org.situationmap.testing.SampleLayer.d;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.situationmap.testing.SampleLayer;
import org.situationmap.testing.ViewStage;
import org.situationmap.text.Messages;
import org.situationmap.ui.state.AppState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Compare mode as a person uses it: type a second date, read the places that changed with their
 * sources, save them, pick one; a date that does not exist is said so.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CompareViewUiTest extends FxRobot {
  private final AppState state = new AppState();
  private final List<String> said = new ArrayList<>();
  @TempDir Path dir;
  private InWindow window;

  @Start
  void start(Stage stage) {
    state.setDate(d("2022-07-10"));
    state.setLayer(SampleLayer.layer());
    CompareView view =
        new CompareView(
            state,
            Messages.of(Locale.ENGLISH),
            () -> stage,
            said::add,
            (chooser, owner) -> dir.resolve(chooser.getInitialFileName()).toFile());
    ViewStage.show(stage, view, 460, 420);
    window = InWindow.of(stage);
  }

  private void compareWith(String date) {
    TextField field = window.node("#compare-date", TextField.class);
    clickOn(InWindow.centreOf(field));
    write(date);
    Fx.waitUntil("the field says " + date, () -> date.equals(field.getText()));
    type(KeyCode.ENTER);
  }

  @SuppressWarnings("unchecked")
  private int rows() {
    return Fx.call(() -> window.node("#compare-list", ListView.class).getItems().size());
  }

  @Test
  void listsEveryPlaceWhoseStatusDiffersWithItsSourceAndSavesThem() throws Exception {
    compareWith("13 June 2022");
    Fx.waitUntil(
        "compare mode is on", () -> d("2022-06-13").equals(state.compareDateProperty().get()));
    assertEquals(
        "2 places changed status between 13 June 2022 and 10 July 2022.",
        window.text("#compare-summary"));
    assertEquals(2, rows());
    window.labelled("Contested → Russia on 25 Jun 2022");
    window.labelled("Source: BBC, Ukraine withdraws from Sievierodonetsk, 24 Jun 2022");

    clickOn(InWindow.centreOf(window.node("#compare-save-csv", javafx.scene.Node.class)));
    Path csv = dir.resolve("changes-2022-06-13-to-2022-07-10.csv");
    Fx.waitUntil("the CSV is written", () -> Files.exists(csv));
    List<String> lines = Files.readAllLines(csv);
    assertEquals("id,name,lat,lon,from_status,to_status,changed_on", lines.get(0));
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(lines.get(1).endsWith(",contested,russia,2022-06-25"), lines.toString());

    clickOn(InWindow.centreOf(window.node("#compare-save-md", javafx.scene.Node.class)));
    Path md = dir.resolve("changes-2022-06-13-to-2022-07-10.md");
    Fx.waitUntil("the Markdown is written", () -> Files.exists(md));
    String text = Files.readString(md);
    assertTrue(text.startsWith("# Changes of control between 2022-06-13 and 2022-07-10"), text);
    assertTrue(text.contains("| Contested | Russia | 2022-06-25 |"), text);

    clickOn(InWindow.centreOf(window.labelled("Lysychansk")));
    Fx.waitUntil("Lysychansk is selected", () -> state.getSelected() == LYSYCHANSK);
  }

  @Test
  void theListFollowsTheSelectedDateAndStopEndsTheMode() {
    compareWith("2022-06-13");
    Fx.waitUntil("two changes", () -> rows() == 2);
    Fx.run(() -> state.setDate(d("2022-06-20")));
    Fx.waitUntil("none between 13 and 20 June", () -> rows() == 0);
    clickOn(InWindow.centreOf(window.node("#compare-stop", javafx.scene.Node.class)));
    Fx.waitUntil("compare mode is off", () -> state.compareDateProperty().get() == null);
  }

  @Test
  void aDateThatDoesNotExistIsSaidSo() {
    compareWith("31 June 2022");
    Fx.waitUntil(
        "the summary says so",
        () -> window.text("#compare-summary").startsWith("“31 June 2022” is not a date"));
    assertNull(Fx.call(() -> state.compareDateProperty().get()));
  }
}
