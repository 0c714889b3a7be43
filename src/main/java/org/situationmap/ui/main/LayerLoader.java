package org.situationmap.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.situationmap.io.ReadResult;
import org.situationmap.io.SituationReadException;
import org.situationmap.io.SituationReader;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.timeline.TimelineIndex;

/**
 * Loads layers off the FX thread (read, index, prepare for drawing) and hands the result back on
 * the FX thread. A failed load leaves the current layer as it was. Executors are injected, so tests
 * can run everything on one thread.
 */
public final class LayerLoader {
  /** What became of one load. */
  public sealed interface Outcome {}

  /** The file loaded, perhaps partially (see the layer's problems). */
  public record Loaded(LoadedLayer layer) implements Outcome {}

  /** The load was cancelled; the current layer stays. */
  public record Cancelled(Path file) implements Outcome {}

  /** The file could not be loaded at all. */
  public record Failed(Path file, String message, List<String> details) implements Outcome {}

  /** Opens a layer file for reading: from disk in the app; a test can hold a load up with it. */
  @FunctionalInterface
  public interface FileOpener {
    /** A stream of the file's bytes. */
    InputStream open(Path file) throws IOException;
  }

  private final Executor background;
  private final Executor fx;
  private final FileOpener opener;
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
  private final AtomicBoolean progressQueued = new AtomicBoolean();
  private volatile double progressValue = -1;
  private volatile AtomicBoolean cancelFlag = new AtomicBoolean();

  /** Creates a loader that works on {@code background} and reports on {@code fx}. */
  public LayerLoader(Executor background, Executor fx) {
    this(background, fx, Files::newInputStream);
  }

  /** Creates a loader that reads files through {@code opener}. */
  public LayerLoader(Executor background, Executor fx, FileOpener opener) {
    this.background = background;
    this.fx = fx;
    this.opener = opener;
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
    return CompletableFuture.supplyAsync(
            () -> read(file, opener, this::reportProgress, cancelled), background)
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

  /** Reads and prepares a file on the calling thread. */
  public static Outcome read(Path file) {
    return read(file, Files::newInputStream, share -> {}, new AtomicBoolean());
  }

  private static Outcome read(
      Path file, FileOpener opener, DoubleConsumer onProgress, AtomicBoolean cancelled) {
    try {
      ReadResult result = readFile(file, opener, onProgress, cancelled);
      if (cancelled.get()) {
        return new Cancelled(file);
      }
      TimelineIndex index = TimelineIndex.of(result.situation().places());
      return new Loaded(
          new LoadedLayer(
              file,
              result.situation(),
              index,
              PlaceSet.of(index),
              result.problems(),
              result.skippedCount()));
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

  private static ReadResult readFile(
      Path file, FileOpener opener, DoubleConsumer onProgress, AtomicBoolean cancelled)
      throws SituationReadException {
    long size;
    InputStream in;
    try {
      size = Math.max(1, Files.size(file));
      in = opener.open(file);
    } catch (IOException e) {
      return new SituationReader().read(file); // reports the problem in the reader's words
    }
    long step = Math.max(1 << 20, size / 200);
    long[] next = {step};
    LongConsumer counted =
        bytes -> {
          if (bytes >= next[0]) {
            next[0] = bytes + step;
            onProgress.accept(Math.min(1.0, (double) bytes / size));
          }
        };
    InputStream stream = new ProgressInputStream(in, counted, cancelled::get);
    try {
      return new SituationReader().read(stream, file.toString());
    } finally {
      try {
        stream.close();
      } catch (IOException ignored) {
        // The result is decided; a failed close changes nothing.
      }
    }
  }
}
