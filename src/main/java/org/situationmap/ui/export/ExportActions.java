package org.situationmap.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.situationmap.export.AnimationRequest;
import org.situationmap.export.ExportOptions;
import org.situationmap.export.ExportRequest;
import org.situationmap.export.GifAnimator;
import org.situationmap.export.SnapshotExporter;
import org.situationmap.export.Viewport;
import org.situationmap.layer.Layer;
import org.situationmap.map.overlay.OverlayLayer;
import org.situationmap.map.places.Projection;
import org.situationmap.text.Messages;
import org.situationmap.ui.common.ErrorPresenter;
import org.situationmap.ui.state.AppState;
import org.situationmap.zones.Zones;

/**
 * File ▸ Export snapshot… and Export animation…: asks what to export, then renders and writes off
 * the FX thread (drawing itself hops onto it), reporting in the status bar or the error dialog.
 */
public final class ExportActions {
  /** Shows a save dialog and returns the file chosen, or null: the system dialog in the app. */
  @FunctionalInterface
  public interface SaveDialog {
    /** Shows {@code chooser} over {@code owner}; null when the person cancels. */
    File show(FileChooser chooser, Window owner);
  }

  private final AppState state;
  private final OverlayLayer places;
  private final Supplier<Window> owner;
  private final Consumer<String> status;
  private final ErrorPresenter errors;
  private final Executor background;
  private final String appVersion;
  private final ExportFiles files;
  private final Messages text;
  private Function<Layer, Zones> zones = layer -> null;

  /**
   * Creates the actions, asking for files with the system's save dialog, starting in {@code
   * folder}; {@code status} shows a message in the status bar (FX thread); they speak the language
   * of {@code text}.
   */
  public ExportActions(
      AppState state,
      OverlayLayer places,
      Supplier<Window> owner,
      Consumer<String> status,
      ErrorPresenter errors,
      Executor background,
      String appVersion,
      Messages text,
      ExportFolder folder) {
    this(
        state,
        places,
        owner,
        status,
        errors,
        background,
        appVersion,
        text,
        FileChooser::showSaveDialog,
        folder);
  }

  /**
   * Creates the actions, asking for files through {@code saveDialog}, starting in {@code folder}.
   */
  public ExportActions(
      AppState state,
      OverlayLayer places,
      Supplier<Window> owner,
      Consumer<String> status,
      ErrorPresenter errors,
      Executor background,
      String appVersion,
      Messages text,
      SaveDialog saveDialog,
      ExportFolder folder) {
    this.state = state;
    this.places = places;
    this.owner = owner;
    this.status = status;
    this.errors = errors;
    this.background = background;
    this.appVersion = appVersion;
    this.files = new ExportFiles(owner, saveDialog, folder, text);
    this.text = text;
  }

  /**
   * Exports draw control zones, made by {@code zonesOf} (off the FX thread), while the map shows
   * them (View ▸ Zones); without this call they draw none.
   */
  public void useZones(Function<Layer, Zones> zonesOf) {
    zones = zonesOf;
  }

  /** The request with the zones the map shows, if any (off the FX thread). */
  private ExportRequest withShownZones(ExportRequest request, boolean shown) {
    return shown ? request.withZones(zones.apply(request.layer())) : request;
  }

  /** The animation with the zones the map shows, if any (off the FX thread). */
  private AnimationRequest withShownZones(AnimationRequest animation, boolean shown) {
    return shown ? animation.withZones(zones.apply(animation.frame().layer())) : animation;
  }

  /** Asks for settings and a file, then writes the PNG (and Markdown). */
  public void exportSnapshot() {
    Layer layer = state.getLayer();
    if (layer == null || places.projection() == null) {
      status.accept(text.format("export.needLayer"));
      return;
    }
    var settings = new SnapshotDialog(owner.get(), text.layerTitle(layer.title()), text).ask();
    if (settings.isEmpty()) {
      return;
    }
    SnapshotSettings s = settings.get();
    Path out =
        files.choose(
            layer,
            state.getDate().toString(),
            "png",
            text.format("export.png.chooser"),
            text.format("export.png.kind"));
    if (out == null) {
      return;
    }
    Path md = SnapshotExporter.markdownPath(out);
    if (s.markdown() && Files.exists(md) && !files.confirmReplace(md)) {
      return;
    }
    ExportRequest request =
        new ExportRequest(
            layer,
            state.getDate(),
            state.getSelected(),
            s.currentView() ? currentView() : aroundCurrent(s.width(), s.height()),
            s.scale(),
            s.title(),
            s.include(),
            appVersion,
            text);
    status.accept(text.format("export.running", "file", out.getFileName().toString()));
    boolean zonesShown = state.zonesShownProperty().get();
    run(
        () -> {
          ExportRequest drawn = withShownZones(request, zonesShown);
          SnapshotExporter.Rendered image =
              new SnapshotExporter(AppTiles.current(), places.symbols()).writePng(drawn, out, true);
          if (s.markdown()) {
            SnapshotExporter.writeMarkdown(drawn, image, out, md, true);
          }
          return s.markdown()
              ? text.format(
                  "export.saved.withMarkdown",
                  "file",
                  out.getFileName().toString(),
                  "markdown",
                  md.getFileName().toString())
              : text.format("export.saved", "file", out.getFileName().toString());
        },
        null);
  }

  /** Asks for a date range and a file, then writes the GIF with a progress window. */
  public void exportAnimation() {
    Layer layer = state.getLayer();
    if (layer == null || places.projection() == null) {
      status.accept(text.format("export.needLayer"));
      return;
    }
    var settings =
        new AnimationDialog(
                owner.get(),
                layer.index().firstDate(),
                layer.index().lastDate(),
                state.getDate(),
                text)
            .ask();
    if (settings.isEmpty()) {
      return;
    }
    AnimationDialog.Settings s = settings.get();
    Path out =
        files.choose(
            layer,
            s.from() + "-to-" + s.to(),
            "gif",
            text.format("export.gif.chooser"),
            text.format("export.gif.kind"));
    if (out == null) {
      return;
    }
    ExportRequest frame =
        new ExportRequest(
            layer,
            s.from(),
            -1,
            aroundCurrent(s.width(), s.height()),
            1,
            null,
            ExportOptions.ALL,
            appVersion,
            text);
    AnimationRequest animation;
    try {
      animation = new AnimationRequest(frame, s.from(), s.to(), s.stepDays(), s.fps());
    } catch (IllegalArgumentException e) {
      errors.show(text.format("export.animation.invalid"), text.explain(e), List.of());
      return;
    }
    ProgressWindow progress =
        new ProgressWindow(owner.get(), text.format("export.animation.progress"), text);
    progress.show();
    boolean zonesShown = state.zonesShownProperty().get();
    AnimationRequest drawn = animation;
    run(
        () -> {
          new GifAnimator(AppTiles.current(), places.symbols())
              .write(
                  withShownZones(drawn, zonesShown),
                  out,
                  true,
                  (done, total, date) ->
                      Platform.runLater(
                          () ->
                              progress.update(
                                  done / (double) total,
                                  text.format(
                                      "export.animation.frame", "done", done, "total", total))),
                  progress::isCancelled);
          return text.format("export.saved", "file", out.getFileName().toString());
        },
        progress);
  }

  /** The current view of the map, in the map's own pixels. */
  Viewport currentView() {
    var bounds = places.getLayoutBounds();
    return new Viewport(
        (int) Math.round(bounds.getWidth()),
        (int) Math.round(bounds.getHeight()),
        places.projection());
  }

  private Viewport aroundCurrent(int w, int h) {
    Viewport now = currentView();
    Projection p = now.projection();
    return Viewport.around(p, now.width(), now.height(), w, h);
  }

  /** Work that returns the status message to show when it succeeds. */
  private interface Job {
    String call() throws Exception;
  }

  private void run(Job job, ProgressWindow progress) {
    CompletableFuture.supplyAsync(
            () -> {
              try {
                return job.call();
              } catch (RuntimeException e) {
                throw e;
              } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
              }
            },
            background)
        .whenComplete(
            (message, error) ->
                Platform.runLater(
                    () -> {
                      if (progress != null) {
                        progress.close();
                      }
                      Throwable cause =
                          error != null && error.getCause() != null ? error.getCause() : error;
                      if (cause == null) {
                        status.accept(message);
                      } else if (cause instanceof CancellationException) {
                        status.accept(text.format("export.cancelled"));
                      } else {
                        status.accept(text.format("export.failed"));
                        errors.show(
                            text.format("export.failed.header"), text.explain(cause), List.of());
                      }
                    }));
  }
}
