package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.layer.Layer;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The open file changes on disk and the app reloads it by itself, keeping the date and the selected
 * place (found again by its id, though its index moved) and saying so in the status bar.
 */
@Tag("ui")
class ReloadOnChangeUiTest extends FxRobot {
  private static final String NEW_PLACE =
      """
          {"type": "Feature", "id": "zolote", "geometry": {"type": "Point", "coordinates": [38.52, 48.70]},
           "properties": {"name": "Zolote", "kind": "town", "control": [{"from": "2022-02-24",
           "status": "ukraine", "sources": [{"publisher": "Test", "date": "2022-02-24"}]}]}},
      """;

  @TempDir static Path dir;
  private static Path file;
  private static SituationMapApp app;

  @BeforeAll
  static void start() throws Exception {
    file = dir.resolve("layer.geojson");
    Files.copy(AppHarness.resource("/app/small.geojson"), file);
    app = AppHarness.start(SituationMapApp.class, "--date=2022-06-26", file.toString());
    AppHarness.waitUntil("the layer is loaded", () -> app.state().getLayer() != null);
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  @Test
  void aSavedChangeIsReloadedKeepingDateAndSelection() throws Exception {
    Layer before = Fx.call(() -> app.state().getLayer());
    int places = Fx.call(() -> before.index().size());
    int lysychansk = Fx.call(() -> before.index().indexOf("lysychansk"));
    LocalDate date = LocalDate.of(2022, 6, 20);
    Fx.run(
        () -> {
          app.state().setDate(date);
          app.state().selectedProperty().set(lysychansk);
        });

    String text = Files.readString(file);
    String changed = text.replaceFirst("\"features\": \\[\n", "\"features\": [\n" + NEW_PLACE);
    assertNotEquals(text, changed, "the fixture has the expected layout");
    Path temp = Files.writeString(dir.resolve("layer.geojson.tmp"), changed);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

    Fx.waitUntil("the changed file is reloaded", () -> app.state().getLayer() != before);
    Layer after = Fx.call(() -> app.state().getLayer());
    assertEquals(places + 1, Fx.call(() -> after.index().size()));
    assertEquals(0, Fx.call(() -> after.index().indexOf("zolote")), "the new place comes first");
    assertEquals(date, Fx.call(() -> app.state().getDate()), "the date stays");
    assertEquals(
        Fx.call(() -> after.index().indexOf("lysychansk")),
        Fx.call(() -> app.state().getSelected()),
        "Lysychansk stays selected at its new index");
    assertEquals(
        "Reloaded layer.geojson: " + (places + 1) + " places",
        InWindow.of(app.view()).text("#status-message"));
  }
}
