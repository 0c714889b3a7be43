package org.situationmap.app;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.situationmap.io.LayerFormats;
import org.situationmap.layer.BundledLayer;
import org.situationmap.layer.Layer;
import org.situationmap.map.tiles.TileService;
import org.situationmap.text.Messages;
import org.situationmap.ui.common.ErrorPresenter;
import org.situationmap.ui.common.Settings;
import org.situationmap.ui.coverage.CoverageNotice;
import org.situationmap.ui.export.ExportActions;
import org.situationmap.ui.export.ExportFolder;
import org.situationmap.ui.help.HelpActions;
import org.situationmap.ui.legend.LegendView;
import org.situationmap.ui.main.FileActions;
import org.situationmap.ui.main.KeyboardShortcuts;
import org.situationmap.ui.main.LayerLoader;
import org.situationmap.ui.main.MainView;
import org.situationmap.ui.main.MapController;
import org.situationmap.ui.main.RecentFiles;
import org.situationmap.ui.main.Sidebar;
import org.situationmap.ui.main.StartProblemView;
import org.situationmap.ui.state.AppState;
import org.situationmap.ui.timeline.TimelineView;
import org.situationmap.ui.timeline.TimelineViewModel;
import org.situationmap.ui.zones.ZoneModel;

/** The JavaFX application: builds the main window and wires the pieces together. */
public final class SituationMapApp extends Application {
  private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256, 512);
  private final AppState state = new AppState();
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "layer-loader");
            t.setDaemon(true);
            return t;
          });
  private Settings settings;
  private Messages text;
  private MainView view;
  private Stage stage;
  private FileActions files;
  private TimelineViewModel timeline;
  private MapController mapController;
  private ExportActions exports;
  private boolean firstLoad = true;
  private final LayerFormats formats;
  private final BundledLayer bundled;
  private HelpActions help;

  /** The app as launched: layers are read in the standard formats. */
  public SituationMapApp() {
    this(LayerFormats.standard());
  }

  /** The app reading layer files in {@code formats} (a test holds a load up with a slow reader). */
  public SituationMapApp(LayerFormats formats) {
    this(formats, BundledLayer.standard());
  }

  /** The app reading layer files in {@code formats}, with {@code bundled} as its default layer. */
  public SituationMapApp(LayerFormats formats, BundledLayer bundled) {
    this.formats = formats;
    this.bundled = bundled;
  }

  @Override
  public void start(Stage primaryStage) {
    this.stage = primaryStage;
    settings = Settings.load();
    text = Messages.of(AppLanguage.chosen(settings));
    TileService tiles = TileSetup.installOnce();
    tiles.setKind(Menus.chosenBasemap(settings));
    LayerLoader loader = new LayerLoader(formats, background, Platform::runLater);
    view = new MainView(text);
    files =
        new FileActions(
            state,
            formats,
            loader,
            new RecentFiles(settings),
            view.statusBar(),
            new ErrorPresenter(stage, text),
            text);
    help = new HelpActions(() -> stage, state, bundled, AppInfo.version(), text);
    view.setMenuBar(new Menus(this, text).build());
    mapController = new MapController(state, view.mapPane());
    state.zonesShownProperty().set(settings.getBoolean(Menus.ZONES_SETTING, true));
    ZoneModel zones =
        new ZoneModel(
            state,
            Executors.newSingleThreadExecutor(
                r -> {
                  Thread t = new Thread(r, "zones");
                  t.setDaemon(true);
                  return t;
                }),
            Platform::runLater,
            text,
            view.statusBar()::setMessage);
    exports =
        new ExportActions(
            state,
            mapController.mapLayer(),
            () -> stage,
            view.statusBar()::setMessage,
            new ErrorPresenter(stage, text),
            Executors.newSingleThreadExecutor(
                r -> {
                  Thread t = new Thread(r, "export");
                  t.setDaemon(true);
                  return t;
                }),
            AppInfo.version(),
            text,
            ExportFolder.of(settings));
    exports.useZones(zones::zonesFor);
    timeline = new TimelineViewModel(state);
    timeline.speedProperty().set(settings.getDouble("speed", 7));
    timeline.setInViewFilter(() -> mapController.mapLayer()::isInView);
    view.setTimeline(new TimelineView(timeline, state, text));
    view.mapPane().addOverlay(new LegendView(state, text), Pos.TOP_LEFT);
    view.mapPane()
        .addOverlay(
            new CoverageNotice(state, mapController.mapLayer().drawnProperty(), text),
            Pos.TOP_CENTER);
    installStartProblem();
    view.setDetails(new Sidebar(state, text, this::openInBrowser));
    files.installDragAndDrop(view);
    files.setOnLoaded(this::onLoaded);
    view.statusBar().bindLoading(loader.loadingProperty());
    view.statusBar().bindProgress(loader.progressProperty(), loader::cancel);
    tiles.setFallbackListener(
        msg -> Platform.runLater(() -> view.statusBar().setMessage(text.format(msg))));
    settings.resetNotice().map(text::format).ifPresent(view.statusBar()::setMessage);
    WindowGeometry.restore(stage, settings);
    Scene scene = new Scene(view, stage.getWidth(), stage.getHeight());
    scene
        .getStylesheets()
        .add(SituationMapApp.class.getResource("/org/situationmap/ui/app.css").toExternalForm());
    KeyboardShortcuts.install(scene, timeline, state);
    stage.setScene(scene);
    stage.setTitle(text.format("app.name"));
    stage.getIcons().addAll(icons());
    stage.setOnCloseRequest(e -> saveSettings());
    stage.show();
    view.mapPane().setFocusTraversable(true);
    view.mapPane().requestFocus();
    ScreenshotHook.installIfRequested(scene);
    Optional<Path> first = initialFile();
    FirstFrameLog.install(scene, () -> first.isEmpty() || state.getLayer() != null);
    first.ifPresent(files::open);
  }

  /** With no layer open, a file that cannot be read is shown over the map, with a way out. */
  private void installStartProblem() {
    Runnable openBundled = bundled.file().<Runnable>map(f -> () -> files.open(f)).orElse(null);
    StartProblemView problem =
        new StartProblemView(text, openBundled, () -> files.chooseAndOpen(stage));
    view.mapPane().addOverlay(problem, Pos.CENTER);
    files.setOnFailedWithoutLayer(failed -> problem.show(failed, bundled.isBundled(failed.file())));
    state.layerProperty().addListener((o, was, now) -> problem.hide());
  }

  private void openInBrowser(String url) {
    getHostServices().showDocument(url);
  }

  /** The main view, for tests and wiring. */
  public MainView view() {
    return view;
  }

  /** The shared state, for tests and wiring. */
  public AppState state() {
    return state;
  }

  /** The timeline behaviour, for tests. */
  public TimelineViewModel timeline() {
    return timeline;
  }

  /** The map controller, for tests. */
  public MapController mapController() {
    return mapController;
  }

  ExportActions exports() {
    return exports;
  }

  FileActions files() {
    return files;
  }

  HelpActions help() {
    return help;
  }

  Stage stage() {
    return stage;
  }

  Settings settings() {
    return settings;
  }

  private void onLoaded(Layer layer) {
    if (firstLoad) {
      firstLoad = false;
      Parameters params = getParameters();
      String date = params == null ? null : params.getNamed().get("date");
      state.setDate(date != null ? LocalDate.parse(date) : layer.index().lastDate());
      String place = params == null ? null : params.getNamed().get("place");
      int index = place == null ? -1 : layer.index().indexOf(place);
      if (index >= 0) {
        state.showPlace(index);
      } else if (place != null) {
        view.statusBar()
            .setMessage(
                text.format("app.noPlace", "id", place, "layer", text.layerTitle(layer.title())));
      }
    }
    stage.setTitle(
        text.format(
            "app.window", "app", text.format("app.name"), "layer", text.layerTitle(layer.title())));
    view.statusBar()
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
    settings.put("speed", Double.toString(timeline.speedProperty().get()));
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
