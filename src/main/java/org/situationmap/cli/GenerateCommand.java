package org.situationmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.situationmap.generate.GeneratorSpec;
import org.situationmap.generate.SituationGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate --places N --changes-per-place C --notes N --seed S --out FILE}: writes a
 * synthetic, valid situation layer for benchmarks and tests, and says on stdout what it wrote (the
 * file, its places, control changes and notes, and its size). Exit 0 on success, 1 for a bad option
 * value, 2 when the file cannot be written.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Write a synthetic situation layer for benchmarks and tests (same seed, same file).")
public final class GenerateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--places", required = true, paramLabel = "N", description = "number of places")
  private int places;

  @Option(
      names = "--changes-per-place",
      defaultValue = "4",
      paramLabel = "C",
      description = "control entries per place (default: ${DEFAULT-VALUE})")
  private int changesPerPlace;

  @Option(
      names = "--notes",
      defaultValue = "0",
      paramLabel = "N",
      description = "notes over all places (default: ${DEFAULT-VALUE})")
  private int notes;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "random seed (default: ${DEFAULT-VALUE})")
  private long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "file to write")
  private Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    GeneratorSpec generator;
    try {
      generator = new GeneratorSpec(places, changesPerPlace, notes, seed);
    } catch (IllegalArgumentException e) {
      err.println("generate: " + e.getMessage());
      err.flush();
      return ValidateCommand.INVALID;
    }
    SituationGenerator.Counts counts;
    long bytes;
    try {
      counts = new SituationGenerator().write(generator, out);
      bytes = Files.size(out);
    } catch (IOException e) {
      err.println("generate: cannot write " + out + ": " + e.getMessage());
      err.flush();
      return ValidateCommand.UNREADABLE;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        Locale.ROOT,
        "wrote %s: %s, %s, %s (%s)%n",
        out,
        counted(counts.places(), "place"),
        counted(counts.changes(), "control change"),
        counted(counts.notes(), "note"),
        counted(bytes, "byte"));
    stdout.flush();
    return 0;
  }

  /** "1 note", "3 notes". */
  private static String counted(long n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }
}
