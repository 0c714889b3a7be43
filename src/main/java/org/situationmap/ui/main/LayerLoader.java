package org.situationmap.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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

  /** The file could not be loaded at all. */
  public record Failed(Path file, String message, List<String> details) implements Outcome {}

  private final Executor background;
  private final Executor fx;
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

  /** Creates a loader that works on {@code background} and reports on {@code fx}. */
  public LayerLoader(Executor background, Executor fx) {
    this.background = background;
    this.fx = fx;
  }

  /** True while a load is under way. */
  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  /** Starts loading a file; {@code done} receives the outcome on the FX executor. */
  public CompletableFuture<Outcome> load(Path file, Consumer<Outcome> done) {
    loading.set(true);
    return CompletableFuture.supplyAsync(() -> read(file), background)
        .handleAsync(
            (result, error) -> {
              Outcome outcome =
                  error == null
                      ? result
                      : new Failed(
                          file, "Could not load " + file.getFileName() + ": " + error, List.of());
              loading.set(false);
              done.accept(outcome);
              return outcome;
            },
            fx);
  }

  /** Reads and prepares a file on the calling thread. */
  public static Outcome read(Path file) {
    try {
      ReadResult result = new SituationReader().read(file);
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
