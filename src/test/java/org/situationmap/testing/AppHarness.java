package org.situationmap.testing;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Application;
import org.situationmap.app.SituationMapApp;
import org.testfx.api.FxToolkit;

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

  /** Starts an application class with arguments and fresh preferences. */
  public static <T extends Application> T start(Class<T> app, String... args) throws Exception {
    freshSettings();
    FxToolkit.registerPrimaryStage();
    return app.cast(FxToolkit.setupApplication(app, args));
  }

  /**
   * Starts an application made by the test (for one built with test seams) with fresh preferences.
   * It gets no command-line arguments.
   */
  public static <T extends Application> T start(Supplier<T> app) throws Exception {
    freshSettings();
    FxToolkit.registerPrimaryStage();
    @SuppressWarnings("unchecked")
    T started = (T) FxToolkit.setupApplication(app::get);
    return started;
  }

  /**
   * Starts the real app with arguments and fresh preferences, and waits until its first layer (the
   * bundled one unless a file is given) is loaded.
   */
  public static SituationMapApp startLoaded(String... args) throws Exception {
    SituationMapApp app = start(SituationMapApp.class, args);
    waitUntil("the layer is loaded", () -> app.state().getLayer() != null);
    return app;
  }

  /** Waits for a condition, checked on the FX thread ({@link Fx#waitUntil}). */
  public static void waitUntil(String what, BooleanSupplier condition) {
    Fx.waitUntil(what, condition);
  }

  private static void freshSettings() throws Exception {
    Path settings = Files.createTempDirectory("sm-settings").resolve("settings.properties");
    // the tests read the English text, whatever the machine's language
    Files.writeString(settings, "language=en\n");
    System.setProperty("situationmap.settings", settings.toString());
  }
}
