package org.situationmap.app;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.situationmap.io.LayerFormats;
import org.situationmap.layer.BundledLayer;
import org.situationmap.layer.Layer;
import org.situationmap.text.Messages;
import org.situationmap.ui.common.Settings;
import org.situationmap.ui.export.ExportActions;
import org.situationmap.ui.help.HelpActions;
import org.situationmap.ui.main.FileActions;
import org.situationmap.ui.main.MainView;
import org.situationmap.ui.main.MapController;
import org.situationmap.ui.notes.Browser;
import org.situationmap.ui.state.AppState;
import org.situationmap.ui.timeline.TimelineViewModel;

/**
 * The JavaFX application: the main window, its preferences and what outlives a change of language
 * (the layer formats, the bundled layer, the browser, the loading thread); the window's content is
 * a {@link MainWindow} in the chosen language.
 */
public final class SituationMapApp extends Application {
  private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256, 512);
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "layer-loader");
            t.setDaemon(true);
            return t;
          });
  private Settings settings;
  private Stage stage;
  private MainWindow window;
  private boolean firstLoad = true;
  private final LayerFormats formats;
  private final BundledLayer bundled;
  private final Browser browser;

  /** The app as launched: layers are read in the standard formats. */
  public SituationMapApp() {
    this(LayerFormats.standard());
  }

  /** The app reading layer files in {@code formats} (a test holds a load up with a slow reader). */
  public SituationMapApp(LayerFormats formats) {
    this(formats, BundledLayer.standard(), new SystemBrowser());
  }

  /** The app reading layer files in {@code formats}, with {@code bundled} as its default layer. */
  public SituationMapApp(LayerFormats formats, BundledLayer bundled) {
    this(formats, bundled, new SystemBrowser());
  }

  /** The app reading {@code formats} and opening source links with {@code browser}. */
  public SituationMapApp(LayerFormats formats, Browser browser) {
    this(formats, BundledLayer.standard(), browser);
  }

  /**
   * The app reading {@code formats}, with {@code bundled} as its default layer, opening source
   * links with {@code browser}.
   */
  public SituationMapApp(LayerFormats formats, BundledLayer bundled, Browser browser) {
    this.formats = formats;
    this.bundled = bundled;
    this.browser = browser;
  }

  @Override
  public void start(Stage primaryStage) {
    this.stage = primaryStage;
    settings = Settings.load();
    TileSetup.installOnce().setKind(Menus.chosenBasemap(settings));
    window = new MainWindow(this, Messages.of(AppLanguage.chosen(settings)), this::onLoaded);
    settings
        .resetNotice()
        .map(window.text()::format)
        .ifPresent(window.view().statusBar()::setMessage);
    WindowGeometry.restore(stage, settings);
    Scene scene = window.scene(stage.getWidth(), stage.getHeight());
    stage.setScene(scene);
    stage.setTitle(window.text().format("app.name"));
    stage.getIcons().addAll(icons());
    stage.setOnCloseRequest(e -> saveSettings());
    stage.show();
    focusMap();
    ScreenshotHook.installIfRequested(scene);
    Optional<Path> first = initialFile();
    FirstFrameLog.install(scene, () -> first.isEmpty() || state().getLayer() != null);
    first.ifPresent(window.files()::open);
  }

  /**
   * Speaks {@code language} from now on (remembered in the preferences): the window's content is
   * built anew in it, showing the same layer, date, place, map view and sidebar tab.
   */
  void chooseLanguage(Locale language) {
    settings.put(AppLanguage.KEY, language.toLanguageTag());
    settings.save();
    Messages text = Messages.of(language);
    if (!text.equals(window.text())) {
      // once the menu's mouse gesture is over, so that none of it reaches the new window
      Platform.runLater(() -> rebuild(text));
    }
  }

  private void rebuild(Messages text) {
    MainWindow old = window;
    WindowKept kept = old.kept();
    old.close();
    window = new MainWindow(this, text, this::onLoaded);
    Scene scene = stage.getScene();
    stage.setScene(window.scene(scene.getWidth(), scene.getHeight()));
    stage.setTitle(text.format("app.name"));
    window.takeOver(kept);
    focusMap();
  }

  private void focusMap() {
    window.view().mapPane().setFocusTraversable(true);
    window.view().mapPane().requestFocus();
  }

  /** The main view (a new one after a change of language), for tests and wiring. */
  public MainView view() {
    return window.view();
  }

  /** The state the main view shows (a new one after a change of language), for tests. */
  public AppState state() {
    return window.state();
  }

  /** The timeline behaviour, for tests. */
  public TimelineViewModel timeline() {
    return window.timeline();
  }

  /** The map controller, for tests. */
  public MapController mapController() {
    return window.mapController();
  }

  /** The language the app speaks now. */
  public Messages text() {
    return window.text();
  }

  ExportActions exports() {
    return window.exports();
  }

  FileActions files() {
    return window.files();
  }

  HelpActions help() {
    return window.help();
  }

  Stage stage() {
    return stage;
  }

  Settings settings() {
    return settings;
  }

  LayerFormats formats() {
    return formats;
  }

  BundledLayer bundled() {
    return bundled;
  }

  Browser browser() {
    return browser;
  }

  ExecutorService background() {
    return background;
  }

  private void onLoaded(Layer layer) {
    Messages text = window.text();
    if (firstLoad) {
      firstLoad = false;
      Parameters params = getParameters();
      String date = params == null ? null : params.getNamed().get("date");
      state().setDate(date != null ? LocalDate.parse(date) : layer.index().lastDate());
      String place = params == null ? null : params.getNamed().get("place");
      int index = place == null ? -1 : layer.index().indexOf(place);
      if (index >= 0) {
        state().showPlace(index);
      } else if (place != null) {
        window
            .view()
            .statusBar()
            .setMessage(
                text.format("app.noPlace", "id", place, "layer", text.layerTitle(layer.title())));
      }
    }
    stage.setTitle(
        text.format(
            "app.window", "app", text.format("app.name"), "layer", text.layerTitle(layer.title())));
    window
        .view()
        .statusBar()
        .setFacts(
            text.format(
                "app.facts",
                "places",
                layer.index().size(),
                "dates",
                layer.index().changeDates().size(),
                "first",
                layer.index().firstDate(),
                "last",
                layer.index().lastDate()));
  }

  /** The file from the command line, else the bundled layer, else the last file opened. */
  private Optional<Path> initialFile() {
    Parameters params = getParameters();
    if (params != null && !params.getUnnamed().isEmpty()) {
      return Optional.of(Path.of(params.getUnnamed().get(0)));
    }
    Optional<Path> shipped = bundled.file();
    if (shipped.isPresent()) {
      return shipped;
    }
    return settings.get("lastFile").map(Path::of).filter(Files::isRegularFile);
  }

  void saveSettings() {
    WindowGeometry.store(stage, settings);
    settings.put("speed", Double.toString(window.timeline().speedProperty().get()));
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
