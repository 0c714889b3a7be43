package org.situationmap.testing;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application headless on a test layer, with throw-away preferences. */
public final class AppHarness {
  private AppHarness() {}

  /** A test resource as a path. */
  public static Path resource(String name) {
    try {
      return Path.of(AppHarness.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts an application class with arguments and fresh preferences (in English). */
  public static <T extends Application> T start(Class<T> app, String... args) throws Exception {
    Path settings = Files.createTempDirectory("sm-settings").resolve("settings.properties");
    // the tests read the English text, whatever the machine's language
    Files.writeString(settings, "language=en\n");
    System.setProperty("situationmap.settings", settings.toString());
    FxToolkit.registerPrimaryStage();
    return app.cast(FxToolkit.setupApplication(app, args));
  }

  /** Waits for a condition checked on the test thread. */
  public static void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("timed out waiting until " + what, e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }
}
