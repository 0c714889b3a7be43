package org.situationmap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The {@code situation-map} command: with no subcommand it opens the application on a file (by
 * default {@code data/donbas.geojson}); subcommands work with no display.
 */
@Command(
    name = "situation-map",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Shows who controlled which places in Luhansk and Donetsk oblasts, and when.",
    subcommands = {
      ValidateCommand.class,
      StatusCommand.class,
      PlannedCommands.Export.class,
      PlannedCommands.Animate.class,
      GenerateCommand.class
    })
public final class SituationMapCommand implements Callable<Integer> {
  /** The default layer, relative to the working directory. */
  public static final Path DEFAULT_FILE = Path.of("data", "donbas.geojson");

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "Situation GeoJSON to open (default: data/donbas.geojson)")
  private Path file;

  @picocli.CommandLine.Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Date to show when the window opens (default: the last date of the data)")
  private java.time.LocalDate date;

  private final java.util.function.BiConsumer<Path, java.time.LocalDate> appLauncher;

  /** Creates the command; {@code appLauncher} opens the window on a file and date (or nulls). */
  public SituationMapCommand(java.util.function.BiConsumer<Path, java.time.LocalDate> appLauncher) {
    this.appLauncher = appLauncher;
  }

  @Override
  public Integer call() {
    Path chosen = file;
    if (chosen == null && Files.isRegularFile(DEFAULT_FILE)) {
      chosen = DEFAULT_FILE;
    }
    appLauncher.accept(chosen, date);
    return 0;
  }

  /** Builds the command line with every subcommand registered. */
  public static CommandLine commandLine(
      java.util.function.BiConsumer<Path, java.time.LocalDate> appLauncher) {
    CommandLine cl = new CommandLine(new SituationMapCommand(appLauncher));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
