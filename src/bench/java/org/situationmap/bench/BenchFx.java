package org.situationmap.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;

/** The JavaFX toolkit for the benchmarks that draw: started once per trial, work run on it. */
final class BenchFx {
  private BenchFx() {}

  /** Starts the toolkit (headless Monocle, as the benchmarks' forks configure it). */
  static void start() throws Exception {
    CompletableFuture<Void> started = new CompletableFuture<>();
    Platform.startup(() -> started.complete(null));
    started.get(30, TimeUnit.SECONDS);
  }

  /** Runs {@code work} on the FX thread and returns its result. */
  static <T> T call(Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(work.get());
          } catch (Throwable t) {
            result.completeExceptionally(t);
          }
        });
    return result.join();
  }
}
