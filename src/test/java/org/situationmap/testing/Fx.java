package org.situationmap.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.situationmap.export.HeadlessFx;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Test code that reads or changes JavaFX state runs here, on the FX thread, so it never sees a
 * scene or a property half-way through a change; and a test waits for the state it needs, never for
 * a fixed time. Every wait gives up after {@link #TIMEOUT_SECONDS} with a message saying what it
 * waited for.
 */
public final class Fx {
  /** How long any wait lasts before the test fails: far beyond any normal delay. */
  public static final long TIMEOUT_SECONDS = 30;

  private Fx() {}

  /** Calls {@code work} on the FX thread and returns its result; its failure is rethrown here. */
  public static <T> T call(Callable<T> work) {
    try {
      return HeadlessFx.call(work, TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("the FX thread did not answer within " + TIMEOUT_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code work} on the FX thread and waits until it is done. */
  public static void run(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * Waits until {@code condition}, evaluated on the FX thread, holds. Fails saying {@code what} was
   * awaited when it does not hold in time.
   */
  public static void waitUntil(String what, BooleanSupplier condition) {
    try {
      WaitForAsyncUtils.waitFor(
          TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> call(condition::getAsBoolean));
    } catch (TimeoutException e) {
      throw new AssertionError("timed out waiting until " + what, e);
    }
  }
}
