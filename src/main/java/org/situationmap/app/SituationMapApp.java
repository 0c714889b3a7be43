package org.situationmap.app;

import java.io.InputStream;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.situationmap.map.tiles.BasemapKind;
import org.situationmap.map.tiles.TileService;
import org.situationmap.ui.main.MainView;

/** The JavaFX application: builds the main window and wires the pieces together. */
public final class SituationMapApp extends Application {
  private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256, 512);
  private Settings settings;
  private MainView view;
  private Stage stage;

  @Override
  public void start(Stage primaryStage) {
    this.stage = primaryStage;
    settings = Settings.load();
    TileService tiles = TileSetup.installOnce();
    tiles.setKind(chosenBasemap());
    view = new MainView(menus());
    tiles.setFallbackListener(msg -> Platform.runLater(() -> view.statusBar().setMessage(msg)));
    settings.resetNotice().ifPresent(view.statusBar()::setMessage);
    WindowGeometry.restore(stage, settings);
    Scene scene = new Scene(view, stage.getWidth(), stage.getHeight());
    scene
        .getStylesheets()
        .add(SituationMapApp.class.getResource("/org/situationmap/ui/app.css").toExternalForm());
    stage.setScene(scene);
    stage.setTitle(AppInfo.NAME);
    stage.getIcons().addAll(icons());
    stage.setOnCloseRequest(e -> saveSettings());
    stage.show();
    ScreenshotHook.installIfRequested(scene);
  }

  /** The main view, for tests and wiring. */
  public MainView view() {
    return view;
  }

  private BasemapKind chosenBasemap() {
    String name = settings.get("basemap").orElse(BasemapKind.OFFLINE.name());
    try {
      return BasemapKind.valueOf(name);
    } catch (IllegalArgumentException e) {
      return BasemapKind.OFFLINE;
    }
  }

  private MenuBar menus() {
    MenuItem quit = new MenuItem("Quit");
    quit.setOnAction(
        e -> {
          saveSettings();
          stage.close();
        });
    Menu file = new Menu("File", null, quit);
    Menu basemap = new Menu("Basemap");
    ToggleGroup group = new ToggleGroup();
    for (BasemapKind kind : BasemapKind.values()) {
      RadioMenuItem item = new RadioMenuItem(kind.label());
      item.setId("basemap-" + kind.name().toLowerCase());
      item.setToggleGroup(group);
      item.setSelected(kind == TileService.current().kind());
      item.setOnAction(e -> chooseBasemap(kind));
      basemap.getItems().add(item);
    }
    Menu viewMenu = new Menu("View", null, basemap);
    return new MenuBar(file, viewMenu);
  }

  private void chooseBasemap(BasemapKind kind) {
    view.mapPane().setBasemap(kind);
    settings.put("basemap", kind.name());
    settings.save();
    view.statusBar().setMessage("Basemap: " + kind.label());
  }

  private void saveSettings() {
    WindowGeometry.store(stage, settings);
    settings.save();
  }

  private static List<Image> icons() {
    return ICON_SIZES.stream().map(SituationMapApp::icon).filter(i -> i != null).toList();
  }

  private static Image icon(int size) {
    InputStream in =
        SituationMapApp.class.getResourceAsStream(
            "/org/situationmap/icons/situation-map-" + size + ".png");
    return in == null ? null : new Image(in);
  }
}
