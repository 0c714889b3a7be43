package org.situationmap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The {@code situation-map} command: with no subcommand it opens the application on a file (by
 * default the bundled layer, which the app finds itself); subcommands work with no display.
 */
@Command(
    name = "situation-map",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Shows who controlled which places in Luhansk and Donetsk oblasts, and when.",
    subcommands = {
      ValidateCommand.class,
      StatusCommand.class,
      ExportCommand.class,
      AnimateCommand.class,
      GenerateCommand.class,
      DiffCommand.class,
      AreasCommand.class,
      ConvertCommand.class
    })
public final class SituationMapCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "Situation GeoJSON to open (default: the bundled layer, data/donbas.geojson)")
  private Path file;

  @picocli.CommandLine.Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Date to show when the window opens (default: the last date of the data)")
  private java.time.LocalDate date;

  @picocli.CommandLine.Option(
      names = "--place",
      paramLabel = "ID",
      description = "Place to select and show when the window opens, e.g. sievierodonetsk")
  private String place;

  private final AppLauncher appLauncher;

  /** Opens the window. */
  @FunctionalInterface
  public interface AppLauncher {
    /**
     * Opens the window on a file (or null: the app's default), at a date (or null), with a place
     * selected (or null).
     */
    void open(Path file, java.time.LocalDate date, String placeId);
  }

  /** Creates the command; {@code appLauncher} opens the window on a file and date (or nulls). */
  public SituationMapCommand(AppLauncher appLauncher) {
    this.appLauncher = appLauncher;
  }

  @Override
  public Integer call() {
    appLauncher.open(file, date, place);
    return 0;
  }

  /** Builds the command line with every subcommand registered. */
  public static CommandLine commandLine(AppLauncher appLauncher) {
    CommandLine cl = new CommandLine(new SituationMapCommand(appLauncher));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(oneLineForMapCommands(cl.getParameterExceptionHandler()));
    return cl;
  }

  /**
   * For {@code export} and {@code animate}, a bad option is reported in one line on stderr (exit
   * 1); the other commands keep picocli's usual message with usage help.
   */
  static CommandLine.IParameterExceptionHandler oneLineForMapCommands(
      CommandLine.IParameterExceptionHandler usual) {
    return (ex, args) -> {
      CommandLine sub = ex.getCommandLine();
      if (sub.getCommand() instanceof MapCommand) {
        sub.getErr().println("situation-map " + sub.getCommandName() + ": " + ex.getMessage());
        sub.getErr().flush();
        return MapCommand.BAD_INPUT;
      }
      return usual.handleParseException(ex, args);
    };
  }
}
