package org.situationmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.situationmap.domain.Place;
import org.situationmap.io.LayerFormat;
import org.situationmap.io.LayerFormats;
import org.situationmap.io.Problem;
import org.situationmap.io.ReadResult;
import org.situationmap.io.SituationReadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code convert IN OUT [--force]}: a layer from one format to another, each chosen by its file's
 * extension (GeoJSON, CSV control sheet). Problems in the input are listed as {@code FILE:LINE:COL:
 * message} (text formats) or {@code FILE:LINE: message} (CSV); what the output format cannot carry
 * is said. Exit 0 done, 1 done with skipped rows or features, 2 nothing written.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ConvertCommand.NOTHING_WRITTEN,
    description = {
      "Convert a layer between formats, chosen by extension (.geojson/.json, .csv).",
      "Exit 0 done, 1 done with skipped rows or features, 2 nothing written."
    })
public final class ConvertCommand implements Callable<Integer> {
  static final int SKIPPED = 1;
  static final int NOTHING_WRITTEN = 2;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "the layer to read")
  private Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "the file to write")
  private Path out;

  @Option(names = "--force", description = "replace OUT if it exists")
  private boolean force;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    LayerFormats formats = LayerFormats.standard();
    LayerFormat target;
    try {
      target = formats.forWriting(out);
    } catch (IllegalArgumentException e) {
      return fail(err, e.getMessage());
    }
    if (Files.exists(out) && !force) {
      return fail(err, out + " exists; use --force to replace it");
    }
    ReadResult read;
    try {
      read = formats.read(in);
    } catch (SituationReadException e) {
      return fail(err, e.getMessage());
    }
    for (Problem p : read.problems()) {
      err.println(p.format());
    }
    int notes = read.situation().places().stream().mapToInt(p -> p.notes().size()).sum();
    if (notes > 0 && !target.writer().carriesNotes()) {
      err.println(
          "situation-map convert: warning: a "
              + target.name()
              + " carries no dated notes; "
              + notes
              + " notes were not written");
    }
    try {
      target.writer().write(read.situation(), out);
    } catch (IOException e) {
      return fail(err, "cannot write " + out + ": " + e.getMessage());
    }
    int places = read.situation().places().size();
    int entries =
        read.situation().places().stream().map(Place::control).mapToInt(c -> c.size()).sum();
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(
        "wrote "
            + out
            + " ("
            + target.name()
            + "): "
            + places
            + " places, "
            + entries
            + " control changes");
    stdout.flush();
    if (read.skipped() > 0) {
      err.println(ValidateCommand.skippedNotice(in, read.skipped()));
      err.flush();
      return SKIPPED;
    }
    err.flush();
    return 0;
  }

  private static int fail(PrintWriter err, String message) {
    err.println("situation-map convert: " + message);
    err.flush();
    return NOTHING_WRITTEN;
  }
}
