package org.situationmap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.situationmap.export.AnimationRequest;
import org.situationmap.export.AtomicFiles;
import org.situationmap.export.GifAnimator;
import org.situationmap.io.SituationReadException;
import org.situationmap.layer.Layer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code animate FILE --from D1 --to D2 --step 7d --out OUT.gif [--fps 4] [size options]}: a
 * looping animated GIF, one frame per step and a last one for the end date, with progress lines on
 * stderr.
 */
@Command(
    name = "animate",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = MapCommand.BAD_INPUT,
    description = {
      "Write an animated GIF over a date range (works with no display).",
      "Exit 0 ok, 1 bad arguments or data, 2 I/O error."
    })
public final class AnimateCommand extends MapCommand {
  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "first date")
  LocalDate from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "last date (the last frame shows it)")
  LocalDate to;

  @Option(
      names = "--step",
      defaultValue = "7d",
      paramLabel = "Nd",
      description = "days between frames, e.g. 7d (default: ${DEFAULT-VALUE})")
  String step;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "OUT.gif",
      description = "the GIF to write")
  Path out;

  @Option(
      names = "--fps",
      defaultValue = "4",
      description = "frames per second (default: ${DEFAULT-VALUE})")
  int fps;

  @Override
  int run() throws IOException, SituationReadException, InterruptedException {
    String basemap = map.checkedBasemap();
    map.parseBbox();
    int stepDays = parseStep(step);
    AtomicFiles.checkWritable(out, map.force);
    Layer layer = readLayer();
    AnimationRequest animation =
        new AnimationRequest(request(layer, from, 800, 500), from, to, stepDays, fps);
    List<LocalDate> dates = animation.dates();
    warnAboutCoverage(animation.frame().at(dates.get(dates.size() - 1)));
    long t0 = System.nanoTime();
    new GifAnimator(tiles(basemap))
        .write(
            animation,
            out,
            map.force,
            (done, total, date) -> progress(done, total, date),
            () -> false);
    verbose(
        String.format(Locale.ROOT, "wrote %s in %d ms", out, (System.nanoTime() - t0) / 1_000_000));
    return 0;
  }

  private void progress(int done, int total, LocalDate date) {
    var err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "frame %d/%d %s%n", done, total, date);
    err.flush();
  }

  /** "7d", "7" or "2w" as days. */
  static int parseStep(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    int unit = 1;
    if (t.endsWith("d")) {
      t = t.substring(0, t.length() - 1);
    } else if (t.endsWith("w")) {
      unit = 7;
      t = t.substring(0, t.length() - 1);
    }
    try {
      int n = Integer.parseInt(t) * unit;
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new IllegalArgumentException(
        "invalid --step '" + text + "': expected a number of days such as 7d (or weeks: 2w)");
  }
}
