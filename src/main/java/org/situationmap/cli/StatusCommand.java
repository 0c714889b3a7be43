package org.situationmap.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.situationmap.domain.Coverage;
import org.situationmap.domain.Place;
import org.situationmap.export.ChangeTables;
import org.situationmap.io.SituationWriter;
import org.situationmap.layer.Layer;
import org.situationmap.text.Messages;
import org.situationmap.timeline.TimelineIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code status FILE --date YYYY-MM-DD [--format csv|json]}: every place's status at a date, one
 * row per place in id order, with the columns {@code id,name,lat,lon,status,since}. Exit 0 on
 * success, 1 for a bad option value, 2 when the file is unreadable.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Print every place's status at a date as CSV (id,name,lat,lon,status,since).")
public final class StatusCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the situation GeoJSON file")
  private Path file;

  @Option(
      names = "--date",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "the date (Kyiv calendar day)")
  private String date;

  @Option(
      names = "--format",
      defaultValue = "csv",
      paramLabel = "csv|json",
      description = "output format (default: ${DEFAULT-VALUE})")
  private String format;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    LocalDate day = parseDate(date);
    if (day == null) {
      err.println(
          "status: invalid --date '" + date + "': expected a real calendar date as YYYY-MM-DD");
      err.flush();
      return ValidateCommand.INVALID;
    }
    Format output = Format.fromWord(format.toLowerCase(Locale.ROOT));
    if (output == null) {
      err.println("status: invalid --format '" + format + "': expected csv or json");
      err.flush();
      return ValidateCommand.INVALID;
    }
    Layer layer = ValidateCommand.readReporting(file, err);
    if (layer == null) {
      return ValidateCommand.UNREADABLE;
    }
    for (Coverage.Oblast oblast : layer.coverageOfAll()) {
      if (oblast.lapsedAt(day)) {
        err.println("status: warning: " + Messages.base().coverageNotice(oblast));
      }
    }
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.print(render(layer.index(), day, output));
    out.flush();
    return 0;
  }

  private static LocalDate parseDate(String text) {
    if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  static final String HEADER = "id,name,lat,lon,status,since";

  /** The output formats. */
  enum Format {
    CSV,
    JSON;

    static Format fromWord(String word) {
      return switch (word) {
        case "csv" -> CSV;
        case "json" -> JSON;
        default -> null;
      };
    }
  }

  /** One row per place of {@code index}, in id order, each line ending in "\n". */
  static String render(TimelineIndex index, LocalDate date, Format format) {
    int[] byId =
        IntStream.range(0, index.size())
            .boxed()
            .sorted(Comparator.comparing(i -> index.place(i).id()))
            .mapToInt(Integer::intValue)
            .toArray();
    StringBuilder text = new StringBuilder();
    text.append(format == Format.CSV ? HEADER : "[").append('\n');
    for (int row = 0; row < byId.length; row++) {
      int i = byId[row];
      Place place = index.place(i);
      String lat = SituationWriter.formatDegrees(place.location().lat());
      String lon = SituationWriter.formatDegrees(place.location().lon());
      String status = index.statusAt(i, date).word();
      String since = index.since(i, date).map(LocalDate::toString).orElse(null);
      if (format == Format.CSV) {
        text.append(csv(place.id())).append(',').append(csv(place.name())).append(',');
        text.append(lat).append(',').append(lon).append(',').append(status).append(',');
        text.append(since == null ? "" : since).append('\n');
      } else {
        text.append("  {\"id\": ").append(json(place.id()));
        text.append(", \"name\": ").append(json(place.name()));
        text.append(", \"lat\": ").append(lat).append(", \"lon\": ").append(lon);
        text.append(", \"status\": ").append(json(status));
        text.append(", \"since\": ").append(since == null ? "null" : json(since)).append('}');
        text.append(row + 1 < byId.length ? ",\n" : "\n");
      }
    }
    if (format == Format.JSON) {
      text.append("]\n");
    }
    return text.toString();
  }

  /** A CSV field, quoted when it holds a comma, quote, CR or LF (RFC 4180). */
  static String csv(String field) {
    return ChangeTables.csvField(field);
  }

  private static String json(String text) {
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
  }
}
