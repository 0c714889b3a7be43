package org.situationmap.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.situationmap.io.LayerFormats;
import org.situationmap.io.ReadMonitor;
import org.situationmap.io.ReadResult;
import org.situationmap.io.SituationReadException;
import org.situationmap.layer.Layer;
import org.situationmap.map.places.PlaceSet;

/**
 * Loads layers off the FX thread (read in the format the file's name or content shows, index,
 * prepare for drawing) and hands the result back on the FX thread. A failed load leaves the current
 * layer as it was. Executors are injected, so tests can run everything on one thread.
 */
public final class LayerLoader {
  /** What became of one load. */
  public sealed interface Outcome {}

  /** The file loaded, perhaps partially (see the layer's problems). */
  public record Loaded(Layer layer) implements Outcome {}

  /** The load was cancelled; the current layer stays. */
  public record Cancelled(Path file) implements Outcome {}

  /** The file could not be loaded at all. */
  public record Failed(Path file, String message, List<String> details) implements Outcome {}

  private final LayerFormats formats;
  private final Executor background;
  private final Executor fx;
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
  private final AtomicBoolean progressQueued = new AtomicBoolean();
  private volatile double progressValue = -1;
  private volatile AtomicBoolean cancelFlag = new AtomicBoolean();

  /**
   * Creates a loader that reads {@code formats}, works on {@code background}, reports on {@code
   * fx}.
   */
  public LayerLoader(LayerFormats formats, Executor background, Executor fx) {
    this.formats = formats;
    this.background = background;
    this.fx = fx;
  }

  /** True while a load is under way. */
  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  /** Share of the file read so far, 0–1 (-1 when unknown): for a progress bar. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** Starts loading a file; {@code done} receives the outcome on the FX executor. */
  public CompletableFuture<Outcome> load(Path file, Consumer<Outcome> done) {
    AtomicBoolean cancelled = new AtomicBoolean();
    cancelFlag = cancelled;
    loading.set(true);
    progress.set(0);
    return CompletableFuture.supplyAsync(() -> read(file, cancelled), background)
        .handleAsync(
            (result, error) -> {
              Outcome outcome =
                  error == null
                      ? result
                      : new Failed(
                          file, "Could not load " + file.getFileName() + ": " + error, List.of());
              if (cancelFlag == cancelled) {
                loading.set(false);
                progress.set(-1);
              }
              done.accept(outcome);
              return outcome;
            },
            fx);
  }

  /** Cancels the load under way, if any; its outcome is {@link Cancelled}. */
  public void cancel() {
    cancelFlag.set(true);
  }

  private void reportProgress(double share) {
    progressValue = share;
    if (progressQueued.compareAndSet(false, true)) {
      fx.execute(
          () -> {
            progressQueued.set(false);
            if (loading.get()) {
              progress.set(progressValue);
            }
          });
    }
  }

  private Outcome read(Path file, AtomicBoolean cancelled) {
    ReadMonitor monitor =
        new ReadMonitor() {
          @Override
          public void progress(double share) {
            reportProgress(share);
          }

          @Override
          public boolean isCancelled() {
            return cancelled.get();
          }
        };
    try {
      ReadResult result = formats.read(file, monitor);
      if (cancelled.get()) {
        return new Cancelled(file);
      }
      Layer layer = Layer.of(file, result);
      PlaceSet.of(layer); // built here, off the FX thread
      return new Loaded(layer);
    } catch (SituationReadException e) {
      if (cancelled.get()) {
        return new Cancelled(file);
      }
      return new Failed(file, e.getMessage(), List.of(e.problem().format()));
    } catch (RuntimeException | StackOverflowError e) {
      return new Failed(file, "Could not load " + file.getFileName() + ": " + e, List.of());
    } catch (OutOfMemoryError e) {
      // The half-built layer is garbage now; the current layer stays.
      return new Failed(
          file,
          "Not enough memory to load " + file.getFileName() + "; the previous layer is kept",
          List.of());
    }
  }
}
