package org.situationmap.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import org.situationmap.layer.Layer;
import org.situationmap.map.tiles.TileService;
import org.situationmap.text.Messages;
import org.situationmap.ui.common.ErrorPresenter;
import org.situationmap.ui.compare.CompareView;
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
import org.situationmap.ui.main.PlaceTooltip;
import org.situationmap.ui.main.RecentFiles;
import org.situationmap.ui.main.Sidebar;
import org.situationmap.ui.main.StartProblemView;
import org.situationmap.ui.main.ZoomButtons;
import org.situationmap.ui.state.AppState;
import org.situationmap.ui.timeline.TimelineView;
import org.situationmap.ui.timeline.TimelineViewModel;
import org.situationmap.ui.zones.AreaChartView;
import org.situationmap.ui.zones.ZoneModel;

/**
 * The main window's content in one language: the views, actions and view-models over one {@link
 * AppState}, all speaking the language of one {@link Messages}. A change of language builds a new
 * one over a new state that takes over what the old one showed ({@link WindowKept}) and {@link
 * #close() closes} the old one, so that nothing of the old language keeps listening. FX thread
 * only.
 */
final class MainWindow {
  private final SituationMapApp app;
  private final Messages text;
  private final AppState state = new AppState();
  private final List<ExecutorService> executors = new ArrayList<>();
  private final MainView view;
  private final LayerLoader loader;
  private final FileActions files;
  private final HelpActions help;
  private final MapController mapController;
  private final ExportActions exports;
  private final TimelineViewModel timeline;
  private final Sidebar sidebar;

  /**
   * Builds the content in the language of {@code text}; {@code onLoaded} is called after every
   * layer it loads (or takes over).
   */
  MainWindow(SituationMapApp app, Messages text, Consumer<Layer> onLoaded) {
    this.app = app;
    this.text = text;
    loader = new LayerLoader(app.formats(), app.background(), Platform::runLater);
    view = new MainView(text);
    files =
        new FileActions(
            state,
            app.formats(),
            loader,
            new RecentFiles(app.settings()),
            view.statusBar(),
            new ErrorPresenter(app.stage(), text),
            text);
    help = new HelpActions(app::stage, state, app.bundled(), AppInfo.version(), text);
    mapController = new MapController(state, view.mapPane());
    CompletableFuture.supplyAsync(
            () -> TileService.current().offline().renderer().names(), app.background())
        .thenAcceptAsync(mapController::useBasemapNames, Platform::runLater);
    state.zonesShownProperty().set(app.settings().getBoolean(Menus.ZONES_SETTING, true));
    ZoneModel zones = new ZoneModel(state, executor("zones"), Platform::runLater);
    exports =
        new ExportActions(
            state,
            mapController.mapLayer(),
            app::stage,
            view.statusBar()::setMessage,
            new ErrorPresenter(app.stage(), text),
            executor("export"),
            AppInfo.version(),
            text,
            ExportFolder.of(app.settings()));
    exports.useZones(zones::zonesFor);
    view.setMenuBar(new Menus(app, this).build());
    timeline = new TimelineViewModel(state);
    timeline.speedProperty().set(app.settings().getDouble("speed", 7));
    timeline.setInViewFilter(() -> mapController.mapLayer()::isInView);
    view.setTimeline(new TimelineView(timeline, state, text));
    view.mapPane().addOverlay(new LegendView(state, text, zones.slowBuildProperty()), Pos.TOP_LEFT);
    view.mapPane()
        .addOverlay(
            new CoverageNotice(state, mapController.mapLayer().drawnProperty(), text),
            Pos.BOTTOM_CENTER); // the legend, grown with the zones, holds the top left
    view.mapPane().addOverlay(new ZoomButtons(view.mapPane(), state, text), Pos.TOP_RIGHT);
    view.mapPane()
        .addOverlay(
            new PlaceTooltip(view.mapPane(), mapController.mapLayer(), state, text), Pos.TOP_LEFT);
    installStartProblem();
    sidebar = new Sidebar(state, text, app.browser());
    sidebar.addTab(
        "tab-compare",
        text.format("sidebar.compare"),
        new CompareView(
            state, text, app::stage, view.statusBar()::setMessage, FileChooser::showSaveDialog));
    AreaChartView areas =
        new AreaChartView(
            state, text, zones::zonesFor, executor("area-series"), Platform::runLater);
    areas
        .activeProperty()
        .bind(sidebar.addTab("tab-areas", text.format("sidebar.areas"), areas).selectedProperty());
    view.setDetails(sidebar);
    files.installDragAndDrop(view);
    files.setOnLoaded(onLoaded);
    view.statusBar().bindLoading(loader.loadingProperty());
    view.statusBar().bindProgress(loader.progressProperty(), loader::cancel);
    TileService.current()
        .setFallbackListener(
            msg -> Platform.runLater(() -> view.statusBar().setMessage(text.format(msg))));
  }

  /** With no layer open, a file that cannot be read is shown over the map, with a way out. */
  private void installStartProblem() {
    Runnable openBundled =
        app.bundled().file().<Runnable>map(f -> () -> files.open(f)).orElse(null);
    StartProblemView problem =
        new StartProblemView(text, openBundled, () -> files.chooseAndOpen(app.stage()));
    view.mapPane().addOverlay(problem, Pos.CENTER);
    files.setOnFailedWithoutLayer(
        failed -> problem.show(failed, app.bundled().isBundled(failed.file())));
    state.layerProperty().addListener((o, was, now) -> problem.hide());
  }

  /** A single daemon thread for background work of this window, shut down with it. */
  private ExecutorService executor(String name) {
    ExecutorService e =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, name);
              t.setDaemon(true);
              return t;
            });
    executors.add(e);
    return e;
  }

  /** A scene of {@code width}×{@code height} showing this content, with the window's keys. */
  Scene scene(double width, double height) {
    Scene scene = new Scene(view, width, height);
    scene
        .getStylesheets()
        .add(MainWindow.class.getResource("/org/situationmap/ui/app.css").toExternalForm());
    KeyboardShortcuts.install(scene, timeline, state, text, view.statusBar()::setMessage);
    return scene;
  }

  /** What this window shows now, for a new one to take over. */
  WindowKept kept() {
    return WindowKept.of(this);
  }

  /** Shows what an earlier window showed: its layer (not read again), date, place and view. */
  void takeOver(WindowKept kept) {
    kept.applyTo(this);
  }

  /**
   * Stops what could outlive the window: playback, a load under way, the file watch and the
   * background threads (a task already running finishes; its result goes nowhere visible).
   */
  void close() {
    timeline.pause();
    loader.cancel();
    files.close();
    executors.forEach(ExecutorService::shutdown);
  }

  Messages text() {
    return text;
  }

  AppState state() {
    return state;
  }

  MainView view() {
    return view;
  }

  FileActions files() {
    return files;
  }

  HelpActions help() {
    return help;
  }

  ExportActions exports() {
    return exports;
  }

  TimelineViewModel timeline() {
    return timeline;
  }

  MapController mapController() {
    return mapController;
  }

  Sidebar sidebar() {
    return sidebar;
  }

  LayerLoader loader() {
    return loader;
  }
}
