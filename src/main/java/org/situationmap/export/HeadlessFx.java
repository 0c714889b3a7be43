package org.situationmap.export;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/**
 * Runs work on the JavaFX thread, starting the toolkit headless (Monocle, software rendering) when
 * nothing has started it yet — so export works on a machine with no display. Thread-safe.
 */
public final class HeadlessFx {
  private static boolean started;

  private HeadlessFx() {}

  /**
   * Starts JavaFX if it is not running. Unless already set, selects the headless Monocle platform
   * and the software pipeline first; an app that already runs JavaFX is left as it is.
   */
  public static synchronized void ensureStarted() {
    if (started) {
      return;
    }
    setIfAbsent("glass.platform", "Monocle");
    setIfAbsent("monocle.platform", "Headless");
    setIfAbsent("prism.order", "sw");
    setIfAbsent("java.awt.headless", "true");
    CountDownLatch ready = new CountDownLatch(1);
    try {
      FxStartup.startup(ready::countDown);
      ready.await();
    } catch (IllegalStateException alreadyRunning) {
      // the app or a test harness started the toolkit
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting JavaFX", e);
    }
    Platform.setImplicitExit(false);
    started = true;
  }

  /** Calls {@code work} on the FX thread and waits for its result. */
  public static <T> T call(Callable<T> work) throws InterruptedException {
    try {
      return onFx(work).get();
    } catch (ExecutionException e) {
      throw unwrapped(e);
    }
  }

  /**
   * Calls {@code work} on the FX thread and waits at most {@code timeout} for its result.
   *
   * @throws TimeoutException when the FX thread has not answered in time
   */
  public static <T> T call(Callable<T> work, long timeout, TimeUnit unit)
      throws InterruptedException, TimeoutException {
    try {
      return onFx(work).get(timeout, unit);
    } catch (ExecutionException e) {
      throw unwrapped(e);
    }
  }

  /** Runs {@code work} on the FX thread (at once when already on it); its outcome as a future. */
  private static <T> CompletableFuture<T> onFx(Callable<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Runnable task =
        () -> {
          try {
            result.complete(work.call());
          } catch (Throwable t) {
            result.completeExceptionally(t);
          }
        };
    if (Platform.isFxApplicationThread()) {
      task.run();
    } else {
      Platform.runLater(task);
    }
    return result;
  }

  /** The failure of the work, as an unchecked exception or error to rethrow. */
  private static RuntimeException unwrapped(ExecutionException e) {
    if (e.getCause() instanceof RuntimeException r) {
      return r;
    }
    if (e.getCause() instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(e.getCause());
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
