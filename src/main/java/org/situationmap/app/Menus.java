package org.situationmap.app;

import java.util.Locale;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.situationmap.map.tiles.BasemapKind;
import org.situationmap.map.tiles.TileService;
import org.situationmap.text.Languages;
import org.situationmap.text.Messages;
import org.situationmap.ui.common.Settings;

/**
 * The menu bar of one main window: File (open, recent, export, quit), View (basemap, zones,
 * language) and Help (about).
 */
final class Menus {
  /** The settings key that remembers View ▸ Zones. */
  static final String ZONES_SETTING = "zones";

  private final SituationMapApp app;
  private final MainWindow window;
  private final Messages text;

  Menus(SituationMapApp app, MainWindow window) {
    this.app = app;
    this.window = window;
    this.text = window.text();
  }

  static BasemapKind chosenBasemap(Settings settings) {
    String name = settings.get("basemap").orElse(BasemapKind.OFFLINE.name());
    try {
      return BasemapKind.valueOf(name);
    } catch (IllegalArgumentException e) {
      return BasemapKind.OFFLINE;
    }
  }

  MenuBar build() {
    MenuItem open = new MenuItem(text.format("menu.file.open"));
    open.setId("menu-open");
    open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
    open.setOnAction(e -> window.files().chooseAndOpen(app.stage()));
    MenuItem quit = new MenuItem(text.format("menu.file.quit"));
    quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
    quit.setOnAction(
        e -> {
          app.saveSettings();
          app.stage().close();
        });
    MenuItem snapshot = new MenuItem(text.format("menu.file.exportSnapshot"));
    snapshot.setId("menu-export-snapshot");
    snapshot.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
    snapshot.setOnAction(e -> window.exports().exportSnapshot());
    MenuItem animation = new MenuItem(text.format("menu.file.exportAnimation"));
    animation.setId("menu-export-animation");
    animation.setOnAction(e -> window.exports().exportAnimation());
    Menu file =
        new Menu(
            text.format("menu.file"),
            null,
            open,
            window.files().recentMenu(),
            new SeparatorMenuItem(),
            snapshot,
            animation,
            new SeparatorMenuItem(),
            quit);
    file.setId("menu-file");
    Menu basemap = new Menu(text.format("menu.view.basemap"));
    ToggleGroup group = new ToggleGroup();
    for (BasemapKind kind : BasemapKind.values()) {
      RadioMenuItem item = new RadioMenuItem(label(kind));
      item.setId("basemap-" + kind.name().toLowerCase());
      item.setToggleGroup(group);
      item.setSelected(kind == TileService.current().kind());
      item.setOnAction(e -> chooseBasemap(kind));
      basemap.getItems().add(item);
    }
    CheckMenuItem zones = new CheckMenuItem(text.format("menu.view.zones"));
    zones.setId("menu-zones");
    zones.selectedProperty().bindBidirectional(window.state().zonesShownProperty());
    zones.setOnAction(
        e -> {
          app.settings().put(ZONES_SETTING, Boolean.toString(zones.isSelected()));
          app.settings().save();
        });
    Menu view = new Menu(text.format("menu.view"), null, basemap, zones, language());
    view.setId("menu-view");
    return new MenuBar(file, view, help());
  }

  /** View ▸ Language: each language by its own name; a choice applies at once and is kept. */
  private Menu language() {
    Menu menu = new Menu(text.format("menu.view.language"));
    menu.setId("menu-language");
    ToggleGroup group = new ToggleGroup();
    for (Locale language : Languages.ALL) {
      RadioMenuItem item = new RadioMenuItem(Languages.ownName(language));
      item.setId("language-" + language.toLanguageTag());
      item.setToggleGroup(group);
      item.setSelected(language.equals(text.locale()));
      item.setOnAction(e -> app.chooseLanguage(language));
      menu.getItems().add(item);
    }
    // a load under way belongs to this window: switch when it is done
    menu.disableProperty().bind(window.loader().loadingProperty());
    return menu;
  }

  private Menu help() {
    MenuItem about = new MenuItem(text.format("menu.help.about", "app", text.format("app.name")));
    about.setId("menu-about");
    about.setOnAction(e -> window.help().showAbout());
    MenuItem data = new MenuItem(text.format("menu.help.aboutData"));
    data.setId("menu-about-data");
    data.setOnAction(e -> window.help().showAboutData());
    Menu help = new Menu(text.format("menu.help"), null, data, about);
    help.setId("menu-help");
    return help;
  }

  private void chooseBasemap(BasemapKind kind) {
    window.view().mapPane().setBasemap(kind);
    app.settings().put("basemap", kind.name());
    app.settings().save();
    window
        .view()
        .statusBar()
        .setMessage(text.format("menu.view.basemap.chosen", "basemap", label(kind)));
  }

  /** The name of a basemap in the menu. */
  private String label(BasemapKind kind) {
    return text.format(
        switch (kind) {
          case OFFLINE -> "basemap.offline";
          case OSM -> "basemap.osm";
        });
  }
}
