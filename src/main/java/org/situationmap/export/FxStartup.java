package org.situationmap.export;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit without the warning JavaFX gives when its classes come from the class
 * path instead of named modules ("Unsupported JavaFX configuration: classes were loaded from
 * 'unnamed module …'"). The program runs on the class path on purpose (decision 0001), so the
 * warning tells its users nothing. JavaFX logs it through its {@code javafx} logger while {@link
 * Platform#startup} checks where it was loaded from, before the toolkit runs; for that call only
 * the logger lets nothing below SEVERE through. JavaFX's later messages, and those of its other
 * loggers (CSS, layout, focus), reach the log as before.
 */
public final class FxStartup {
  /** The logger JavaFX's own start-up messages go to ({@code com.sun.javafx.util.Logging}). */
  static final String JAVAFX_LOGGER = "javafx";

  private FxStartup() {}

  /**
   * {@link Platform#startup}: starts the toolkit and runs {@code ready} on the FX thread.
   *
   * @throws IllegalStateException when the toolkit runs already
   */
  public static void startup(Runnable ready) {
    Logger logger = Logger.getLogger(JAVAFX_LOGGER);
    Level before = logger.getLevel();
    logger.setLevel(Level.SEVERE);
    try {
      Platform.startup(ready);
    } finally {
      logger.setLevel(before);
    }
  }
}
