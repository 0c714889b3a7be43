package org.situationmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.situationmap.io.LayerFormats;
import org.situationmap.io.Problem;
import org.situationmap.io.ReadResult;
import org.situationmap.io.Severity;
import org.situationmap.io.SituationReadException;
import org.situationmap.layer.Layer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate FILE}: lists every problem of a situation file as {@code FILE:LINE:COL: message},
 * then a summary line. Exit 0 when every feature is valid (warnings allowed), 1 when some are
 * invalid, 2 when the file is unreadable, not JSON or not a FeatureCollection.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a situation GeoJSON file and list its problems as FILE:LINE:COL: message.",
      "Exit 0 valid (warnings allowed), 1 invalid, 2 unreadable."
    })
public final class ValidateCommand implements Callable<Integer> {
  /** Exit code: every feature is valid. */
  public static final int VALID = 0;

  /** Exit code: some features are invalid. */
  public static final int INVALID = 1;

  /** Exit code: the file is unreadable, not JSON, or not a FeatureCollection. */
  public static final int UNREADABLE = 2;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the situation GeoJSON file")
  private Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      ReadResult result = LayerFormats.standard().read(file);
      for (Problem problem : result.problems()) {
        out.println(problem.format());
      }
      out.println(summary(file.toString(), result));
      out.flush();
      return result.isValid() ? VALID : INVALID;
    } catch (SituationReadException e) {
      out.println(e.getMessage());
      out.println(file + ": unreadable; no features loaded");
      out.flush();
      return UNREADABLE;
    }
  }

  /** E.g. {@code data.geojson: 3 problems (2 errors, 1 warning); 118 of 120 features valid}. */
  static String summary(String name, ReadResult result) {
    int problems = result.problems().size();
    String counts =
        problems == 0
            ? "no problems"
            : plural(problems, "problem")
                + " ("
                + plural(result.count(Severity.ERROR), "error")
                + ", "
                + plural(result.count(Severity.WARNING), "warning")
                + ")";
    int total = result.featureCount();
    return name
        + ": "
        + counts
        + "; "
        + (total - result.skipped())
        + " of "
        + total
        + (total == 1 ? " feature" : " features")
        + " valid";
  }

  static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** The one-line notice that a read skipped features, pointing to {@code validate}. */
  static String skippedNotice(Path file, int skipped) {
    return file
        + ": "
        + plural(skipped, "feature")
        + " skipped because of errors; run validate for details";
  }

  /**
   * Reads a layer for a command that prints it: a file that cannot be read at all is reported on
   * {@code err} (then null is returned), skipped features are mentioned there too.
   */
  static Layer readReporting(Path file, PrintWriter err) {
    Layer layer;
    try {
      layer = Layer.read(file);
    } catch (SituationReadException e) {
      err.println(e.getMessage());
      err.flush();
      return null;
    }
    if (layer.skipped() > 0) {
      err.println(skippedNotice(file, layer.skipped()));
      err.flush();
    }
    return layer;
  }
}
