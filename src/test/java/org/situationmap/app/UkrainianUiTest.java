package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.domain.ControlStatus;
import org.situationmap.layer.Layer;
import org.situationmap.map.places.Projection;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.situationmap.testing.MapViews;
import org.situationmap.text.Languages;
import org.situationmap.text.Messages;
import org.situationmap.timeline.TimelineIndex;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The real app with the bundled layer switched to Ukrainian from View ▸ Language, as a person
 * would: the window is rebuilt in Ukrainian at once, showing the same layer (not read again), date,
 * place, map view and sidebar tab; the menus, the legend and the notes panel of Sievierodonetsk
 * speak Ukrainian (the place's name stays as the data gives it), no message of the English bundle
 * is left anywhere in the window, the choice is kept in the preferences, and English comes back the
 * same way.
 */
@Tag("ui")
class UkrainianUiTest extends FxRobot {
  private static final LocalDate DATE = LocalDate.parse("2022-06-26");
  private static final Messages UK = Messages.of(Languages.UKRAINIAN);
  private static SituationMapApp app;

  @BeforeAll
  static void start() throws Exception {
    app = AppHarness.startLoaded();
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  @Test
  void switchingToUkrainianRebuildsTheWindowInUkrainianKeepingWhatItShows() throws Exception {
    Fx.run(
        () -> {
          app.state().setDate(DATE);
          app.state().showPlace(app.state().getLayer().index().indexOf("sievierodonetsk"));
        });
    InWindow english = InWindow.of(app.view());
    String name =
        Fx.call(() -> app.state().getLayer().index().place(app.state().getSelected()).name());
    Fx.waitUntil("the notes show", () -> name.equals(english.text("#notes-title")));
    // the map flies to the place: read the view once it is there, not on the way
    var at =
        Fx.call(() -> app.state().getLayer().index().place(app.state().getSelected()).location());
    MapViews.awaitCentredOn(app.mapController().mapLayer(), at.lat(), at.lon());
    Fx.run(() -> app.view().mapPane().mapView().setZoom(8.5));
    Fx.waitUntil("the map is drawn at the new zoom", () -> Math.abs(zoom() - 8.5) < 1e-6);
    Layer layer = Fx.call(() -> app.state().getLayer());
    Projection before = Fx.call(() -> app.mapController().mapLayer().projection());

    choose(english, "View", "#language-uk");
    Fx.waitUntil("the window speaks Ukrainian", () -> app.text().equals(UK));
    InWindow window = InWindow.of(app.view());
    Fx.waitUntil(
        "the new map is drawn", () -> app.mapController().mapLayer().drawnProperty().get() != null);

    // what the window showed is kept
    assertSame(layer, Fx.call(() -> app.state().getLayer()), "the layer is not read again");
    assertEquals(DATE, Fx.call(() -> app.state().getDate()));
    assertEquals(
        layer.index().indexOf("sievierodonetsk"), Fx.call(() -> app.state().getSelected()));
    Projection after = Fx.call(() -> app.mapController().mapLayer().projection());
    assertEquals(before.zoom(), after.zoom(), 1e-6);
    assertEquals(before.offsetX(), after.offsetX(), 0.5);
    assertEquals(before.offsetY(), after.offsetY(), 0.5);
    assertEquals("tab-place", Fx.call(() -> selectedTab()));
    assertEquals("uk", app.settings().get(AppLanguage.KEY).orElseThrow());

    // the menu
    assertEquals(List.of("Файл", "Вигляд", "Довідка"), Fx.call(() -> menuTitles()));
    assertEquals("Мова", Fx.call(() -> menuItem("menu-language").getText()));

    // the legend: every status in Ukrainian
    Node legendView = window.node("#legend", Node.class);
    Set<String> legend = Fx.call(() -> texts(legendView));
    for (ControlStatus s : ControlStatus.values()) {
      assertTrue(legend.contains(UK.status(s)), UK.status(s) + " in " + legend);
    }
    assertTrue(legend.containsAll(Set.of("Контроль", "Україна", "Росія")), legend.toString());

    // the notes panel: the fixed texts are Ukrainian, the name is the data's
    assertEquals(name, window.text("#notes-title"));
    LocalDate since = sinceOf(layer.index(), layer.index().indexOf("sievierodonetsk"));
    String status = window.text("#notes-status");
    assertEquals("Росія з " + UK.date(since), status);
    assertTrue(
        status.matches(
            "Росія з \\d{1,2} (січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня"
                + "|жовтня|листопада|грудня) \\d{4}"),
        status);
    assertTrue(window.text("#notes-facts").startsWith("Місто · "), window.text("#notes-facts"));
    Node notesView = window.node("#notes-panel", Node.class);
    Set<String> notes = Fx.call(() -> texts(notesView));
    assertTrue(notes.contains("Історія"), notes.toString());
    assertTrue(
        notes.stream().anyMatch(t -> t.startsWith("Зміни контролю та їхні джерела (")),
        notes.toString());

    // nothing of the English bundle is left in the window, tooltips included
    Set<String> left = Fx.call(() -> englishLeft(app.view()));
    assertEquals(Set.of(), left);

    // and back to English
    choose(window, "Вигляд", "#language-en");
    Fx.waitUntil("the window speaks English", () -> app.text().equals(Messages.base()));
    InWindow back = InWindow.of(app.view());
    assertEquals("Control", Fx.call(() -> back.text(".legend-title")));
    assertEquals("Russia since " + Messages.base().date(since), back.text("#notes-status"));
    assertEquals("en", app.settings().get(AppLanguage.KEY).orElseThrow());
    assertSame(layer, Fx.call(() -> app.state().getLayer()));
  }

  /** Opens a menu of the menu bar by its title, then View ▸ Language, then the item. */
  private void choose(InWindow window, String menu, String item) {
    clickOn(InWindow.centreOf(window.labelled(menu)));
    clickOn(InWindow.centreOf(window.nodeInPopup("#menu-language")));
    clickOn(InWindow.centreOf(window.nodeInPopup(item)));
  }

  private static double zoom() {
    Projection p = app.mapController().mapLayer().projection();
    return p == null ? Double.NaN : p.zoom();
  }

  private static String selectedTab() {
    var tabs = ((org.situationmap.ui.main.Sidebar) app.view().lookup("#sidebar")).tabs();
    return tabs.getSelectionModel().getSelectedItem().getId();
  }

  private static List<String> menuTitles() {
    return ((MenuBar) app.view().getTop()).getMenus().stream().map(Menu::getText).toList();
  }

  private static MenuItem menuItem(String id) {
    List<MenuItem> all = new ArrayList<>();
    for (Menu m : ((MenuBar) app.view().getTop()).getMenus()) {
      all.add(m);
      for (int i = all.size() - 1; i < all.size(); i++) {
        if (all.get(i) instanceof Menu sub) {
          all.addAll(sub.getItems());
        }
      }
    }
    return all.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
  }

  /** The date the place's status at {@link #DATE} began. */
  private static LocalDate sinceOf(TimelineIndex index, int place) {
    return index.place(place).control().stream()
        .map(c -> c.from())
        .filter(d -> !d.isAfter(DATE))
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  /** Every text shown below a node: labels, text runs, text fields and prompts, tooltips. */
  private static Set<String> texts(Node root) {
    List<String> found = new ArrayList<>();
    List<Node> all = new ArrayList<>(List.of(root));
    for (int i = 0; i < all.size(); i++) {
      Node n = all.get(i);
      if (n instanceof Parent p) {
        all.addAll(p.getChildrenUnmodifiable());
      }
      if (n instanceof Labeled l) {
        found.add(l.getText());
      } else if (n instanceof Text t) {
        found.add(t.getText());
      } else if (n instanceof TextInputControl t) {
        found.add(t.getText());
        found.add(t.getPromptText());
      }
      if (n instanceof Control c && c.getTooltip() != null) {
        found.add(c.getTooltip().getText());
      }
    }
    Set<String> shown = new TreeSet<>();
    found.stream().filter(t -> t != null && !t.isEmpty()).forEach(shown::add);
    return shown;
  }

  /**
   * The texts of the window (with its menus) that are a message of the English bundle with no
   * arguments whose Ukrainian differs.
   */
  private static Set<String> englishLeft(Parent view) {
    Set<String> shown = texts(view);
    for (Menu m : ((MenuBar) app.view().getTop()).getMenus()) {
      shown.add(m.getText());
      m.getItems().stream().map(MenuItem::getText).filter(t -> t != null).forEach(shown::add);
    }
    Set<String> left = new TreeSet<>();
    for (Map.Entry<String, String> e : englishWords().entrySet()) {
      if (shown.contains(e.getValue()) && !e.getValue().equals(UK.format(e.getKey()))) {
        left.add(e.getKey() + "=" + e.getValue());
      }
    }
    return left;
  }

  /** The English messages that take no arguments, by key. */
  private static Map<String, String> englishWords() {
    try {
      Path file =
          Path.of(Messages.class.getResource("/org/situationmap/text/messages.properties").toURI());
      java.util.Properties p = new java.util.Properties();
      try (var r = java.nio.file.Files.newBufferedReader(file)) {
        p.load(r);
      }
      Map<String, String> words = new java.util.TreeMap<>();
      for (String key : p.stringPropertyNames()) {
        String v = p.getProperty(key);
        if (!v.contains("{")) {
          words.put(key, Messages.base().format(key));
        }
      }
      return words;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
