package org.situationmap.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import org.situationmap.cli.SituationMapCommand;
import org.situationmap.export.FxStartup;

/**
 * The main class. It does not extend {@code Application}, so {@code java -jar} works with JavaFX on
 * the class path; it runs the command line, which opens the window when no subcommand is given.
 */
public final class Launcher {
  private Launcher() {}

  /** Entry point. */
  public static void main(String[] args) {
    if (System.getProperty("javafx.platform") == null) {
      System.setProperty("javafx.platform", "desktop");
    }
    int code = SituationMapCommand.commandLine(Launcher::openWindow).execute(args);
    System.exit(code);
  }

  private static void openWindow(Path file, LocalDate date, String place) {
    List<String> params = new ArrayList<>();
    if (place != null) {
      params.add("--place=" + place);
    }
    if (date != null) {
      params.add("--date=" + date);
    }
    if (file != null) {
      params.add(file.toString());
    }
    // The toolkit starts first, quietly (see FxStartup); launch then finds it running.
    FxStartup.startup(() -> {});
    Application.launch(SituationMapApp.class, params.toArray(String[]::new));
  }
}
