package org.situationmap.bench;

import java.io.PrintStream;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs JMH with the usual command line, then prints one Markdown table for {@code
 * docs/performance.md}: median, spread (min–max over the measured iterations) and the ratio to the
 * baseline of each benchmark class measured in the same run (load: MB/s too).
 */
public final class BenchMain {
  private static final Map<String, String> BASELINES =
      Map.of(
          "LoadBenchmark", "treeModel",
          "DateChangeBenchmark", "binarySearch",
          "RenderBenchmark", "fullFrame",
          "ExportBenchmark", "encodeOnly1x",
          "EditBenchmark", "rebuild");

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
    print(results, System.out);
  }

  static void print(Collection<RunResult> results, PrintStream out) {
    out.println();
    out.println("| benchmark | places | median | spread (min–max) | unit | MB/s | ratio |");
    out.println("|---|---:|---:|---:|---|---:|---:|");
    for (RunResult r : results) {
      String full = r.getParams().getBenchmark();
      String method = full.substring(full.lastIndexOf('.') + 1);
      String cls = full.substring(0, full.lastIndexOf('.'));
      cls = cls.substring(cls.lastIndexOf('.') + 1);
      String places = r.getParams().getParam("places");
      Statistics s = r.getPrimaryResult().getStatistics();
      double median = s.getPercentile(50);
      String unit = r.getPrimaryResult().getScoreUnit();
      String mbs = "";
      if (cls.equals("LoadBenchmark")) {
        double seconds = toSeconds(median, unit);
        mbs = fmt(BenchData.megabytes(BenchData.layer(Integer.parseInt(places))) / seconds);
      }
      String ratio = "";
      String baseline = BASELINES.get(cls);
      if (baseline != null) {
        for (RunResult b : results) {
          if (b.getParams().getBenchmark().endsWith(cls + "." + baseline)
              && places.equals(b.getParams().getParam("places"))) {
            double base = b.getPrimaryResult().getStatistics().getPercentile(50);
            ratio = fmt(base / median) + "× vs " + baseline;
          }
        }
      }
      out.printf(
          Locale.ROOT,
          "| %s.%s | %s | %s | %s–%s | %s | %s | %s |%n",
          cls,
          method,
          places,
          fmt(median),
          fmt(s.getMin()),
          fmt(s.getMax()),
          unit,
          mbs,
          ratio);
    }
  }

  private static double toSeconds(double value, String unit) {
    return switch (unit) {
      case "ms/op" -> value / 1e3;
      case "us/op" -> value / 1e6;
      case "s/op" -> value;
      default -> throw new IllegalArgumentException(unit);
    };
  }

  private static String fmt(double v) {
    return v >= 100
        ? String.format(Locale.ROOT, "%.0f", v)
        : v >= 1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.3f", v);
  }
}
