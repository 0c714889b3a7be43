package org.situationmap.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.situationmap.io.LayerFormat;
import org.situationmap.io.LayerFormats;
import org.situationmap.io.Problem;
import org.situationmap.layer.Layer;
import org.situationmap.text.Messages;
import org.situationmap.ui.common.ErrorPresenter;
import org.situationmap.ui.state.AppState;

/**
 * Opening layers: File ▸ Open, recent files, drag-and-drop, and reload when the open file changes
 * on disk (keeping date, selection and view). A failed open shows the problems and keeps the
 * current layer — or, with no layer open yet, hands the failure to whoever shows it in the window
 * ({@link #setOnFailedWithoutLayer}); a partial load says how many features were skipped and why.
 */
public final class FileActions {
  private static final Logger LOG = Logger.getLogger(FileActions.class.getName());
  private final AppState state;
  private final LayerFormats formats;
  private final LayerLoader loader;
  private final RecentFiles recent;
  private final StatusBar status;
  private final ErrorPresenter errors;
  private final Messages text;
  private final Menu recentMenu;
  private Consumer<Layer> onLoaded = l -> {};
  private Consumer<LayerLoader.Failed> onFailedWithoutLayer;
  private FileWatcher watcher;

  /** Creates the actions; they speak the language of {@code text}. */
  public FileActions(
      AppState state,
      LayerFormats formats,
      LayerLoader loader,
      RecentFiles recent,
      StatusBar status,
      ErrorPresenter errors,
      Messages text) {
    this.state = state;
    this.formats = formats;
    this.loader = loader;
    this.recent = recent;
    this.status = status;
    this.errors = errors;
    this.text = text;
    recentMenu = new Menu(text.format("menu.file.recent"));
    recentMenu.setId("recent-menu");
    refreshRecentMenu();
  }

  /** Called after every successful load (first load, open or reload). */
  public void setOnLoaded(Consumer<Layer> listener) {
    this.onLoaded = listener;
  }

  /**
   * Called instead of the error dialog when a file cannot be opened while no layer is open (at
   * start, say), so the window can show the problem in place of the empty map.
   */
  public void setOnFailedWithoutLayer(Consumer<LayerLoader.Failed> listener) {
    this.onFailedWithoutLayer = listener;
  }

  /** The File ▸ Open Recent menu. */
  public Menu recentMenu() {
    return recentMenu;
  }

  /** Asks for a file and opens it. */
  public void chooseAndOpen(Window owner) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(text.format("open.chooser"));
    for (LayerFormat format : formats.all()) {
      chooser
          .getExtensionFilters()
          .add(
              new FileChooser.ExtensionFilter(
                  format.name(), format.extensions().stream().map(e -> "*." + e).toList()));
    }
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter(text.format("open.kind.all"), "*.*"));
    Layer current = state.getLayer();
    if (current != null
        && current.onDisk()
        && current.file().toAbsolutePath().getParent() != null) {
      chooser.setInitialDirectory(current.file().toAbsolutePath().getParent().toFile());
    }
    var file = chooser.showOpenDialog(owner);
    if (file != null) {
      open(file.toPath());
    }
  }

  /** Accepts files dropped on a node. */
  public void installDragAndDrop(Node target) {
    target.addEventHandler(
        DragEvent.DRAG_OVER,
        e -> {
          if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
          }
        });
    target.addEventHandler(
        DragEvent.DRAG_DROPPED,
        e -> {
          List<java.io.File> files = e.getDragboard().getFiles();
          boolean ok = files != null && !files.isEmpty();
          if (ok) {
            open(files.get(0).toPath());
          }
          e.setDropCompleted(ok);
          e.consume();
        });
  }

  /** Opens a file (off the FX thread); the current layer stays if it cannot be read. */
  public void open(Path file) {
    load(file, false);
  }

  /**
   * Shows a layer that was loaded before (by the window this one replaces) without reading it
   * again, and watches its file for changes.
   */
  public void takeOver(Layer layer) {
    state.setLayer(layer);
    if (layer.onDisk()) {
      watch(layer.file());
    }
    onLoaded.accept(layer);
  }

  /** Stops watching the open file (the window is closing). */
  public void close() {
    if (watcher != null) {
      watcher.close();
      watcher = null;
    }
  }

  private void load(Path file, boolean reload) {
    String name = file.getFileName().toString();
    status.setMessage(text.format(reload ? "load.reloading" : "load.loading", "file", name));
    loader.load(
        file,
        outcome -> {
          if (outcome instanceof LayerLoader.Loaded loaded) {
            apply(loaded.layer(), reload);
          } else if (outcome instanceof LayerLoader.Cancelled) {
            boolean none = state.getLayer() == null;
            status.setMessage(
                text.format(none ? "load.cancelled.none" : "load.cancelled", "file", name));
          } else if (outcome instanceof LayerLoader.Failed failed) {
            failed(failed, name);
          }
        });
  }

  private void failed(LayerLoader.Failed failed, String name) {
    if (state.getLayer() == null && onFailedWithoutLayer != null) {
      status.setMessage(text.format("load.failed.none", "file", name));
      onFailedWithoutLayer.accept(failed);
      return;
    }
    status.setMessage(text.format("load.failed", "file", name));
    errors.show(
        text.format("load.failed.header", "file", name),
        text.format(failed.message()),
        failed.details());
  }

  private void apply(Layer layer, boolean reload) {
    LocalDate date = state.getDate();
    int selected = state.getSelected();
    String selectedId =
        selected >= 0 && state.getLayer() != null
            ? state.getLayer().index().place(selected).id()
            : null;
    state.setLayer(layer);
    state.setDate(date);
    if (selectedId != null) {
      int again = layer.index().indexOf(selectedId);
      state.selectedProperty().set(again);
    }
    if (layer.onDisk()) {
      recent.add(layer.file());
      refreshRecentMenu();
      watch(layer.file());
    } else if (watcher != null) {
      watcher.close();
      watcher = null;
    }
    onLoaded.accept(layer);
    reportProblems(layer, reload);
  }

  private void reportProblems(Layer layer, boolean reload) {
    int places = layer.index().size();
    String name = layer.file().getFileName().toString();
    if (layer.skipped() == 0) {
      status.setMessage(
          text.format(
              reload ? "load.reloaded" : "load.opened",
              "file",
              name,
              "places",
              places,
              "notice",
              notice(layer.problems())));
      return;
    }
    String msg =
        text.format("load.partial", "file", name, "places", places, "skipped", layer.skipped());
    status.setMessage(msg);
    errors.show(
        text.format("load.partial.header"),
        text.format("load.partial.explain", "summary", msg),
        layer.problems().stream().map(Problem::format).toList());
  }

  /** "" or "; notice: <first warning> (and N more)", so a plain GeoJSON file says what it lacks. */
  private String notice(List<Problem> problems) {
    if (problems.isEmpty()) {
      return "";
    }
    return text.format(
        "load.notice", "problem", problems.get(0).message(), "more", problems.size() - 1);
  }

  private void watch(Path file) {
    if (watcher != null) {
      watcher.close();
    }
    try {
      watcher = FileWatcher.watch(file, () -> Platform.runLater(() -> load(file, true)));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "cannot watch " + file, e);
    }
  }

  private void refreshRecentMenu() {
    recentMenu.getItems().clear();
    for (Path p : recent.list()) {
      MenuItem item =
          new MenuItem(
              text.format(
                  "menu.file.recent.item",
                  "file",
                  p.getFileName().toString(),
                  "folder",
                  String.valueOf(p.getParent())));
      item.setMnemonicParsing(false);
      item.setOnAction(e -> open(p));
      recentMenu.getItems().add(item);
    }
    recentMenu.setDisable(recentMenu.getItems().isEmpty());
  }
}
