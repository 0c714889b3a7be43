package org.situationmap.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Place;
import org.situationmap.domain.Source;
import org.situationmap.export.ChangeTables;
import org.situationmap.io.SituationWriter;
import org.situationmap.layer.Layer;
import org.situationmap.text.Messages;
import org.situationmap.timeline.StatusDiff;
import org.situationmap.timeline.TimelineIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diff FILE --from D1 --to D2 [--format csv|md|json] [--include-new]}: the places whose
 * status differs between two dates, in id order, with the date of the change and (in Markdown and
 * JSON) its sources. Exit 0 on success, 1 for bad options (including D1 after D2), 2 when the file
 * is unreadable.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ValidateCommand.INVALID,
    description = {
      "Print the places whose status differs between two dates",
      "(csv: id,name,lat,lon,from_status,to_status,changed_on)."
    })
public final class DiffCommand implements Callable<Integer> {
  static final String HEADER = ChangeTables.CSV_HEADER;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the situation GeoJSON file")
  private Path file;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "the earlier date")
  private LocalDate from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "the later date")
  private LocalDate to;

  @Option(
      names = "--format",
      defaultValue = "csv",
      paramLabel = "csv|md|json",
      description = "output format (default: ${DEFAULT-VALUE})")
  private String format;

  @Option(
      names = "--include-new",
      description = "also list places whose history begins between the dates (from_status unknown)")
  private boolean includeNew;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String f = format.toLowerCase(Locale.ROOT);
    if (!List.of("csv", "md", "json").contains(f)) {
      err.println("diff: invalid --format '" + format + "': expected csv, md or json");
      err.flush();
      return ValidateCommand.INVALID;
    }
    if (from.isAfter(to)) {
      err.println(
          "diff: --from " + from + " is after --to " + to + "; give the earlier date first");
      err.flush();
      return ValidateCommand.INVALID;
    }
    Layer layer = ValidateCommand.readReporting(file, err);
    if (layer == null) {
      return ValidateCommand.UNREADABLE;
    }
    List<Place> places =
        layer.situation().places().stream().sorted(Comparator.comparing(Place::id)).toList();
    TimelineIndex index = TimelineIndex.of(places);
    List<StatusDiff.Change> changes = StatusDiff.between(index, from, to, includeNew);
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        switch (f) {
          case "md" -> markdown(index, changes, from, to);
          case "json" -> json(index, changes);
          default -> csv(index, changes);
        });
    out.flush();
    return 0;
  }

  static String csv(TimelineIndex index, List<StatusDiff.Change> changes) {
    return ChangeTables.csv(index, changes);
  }

  static String markdown(
      TimelineIndex index, List<StatusDiff.Change> changes, LocalDate from, LocalDate to) {
    return ChangeTables.markdown(index, changes, from, to, Messages.base(), ControlStatus::word);
  }

  static String json(TimelineIndex index, List<StatusDiff.Change> changes) {
    StringBuilder text = new StringBuilder("[\n");
    for (int k = 0; k < changes.size(); k++) {
      StatusDiff.Change c = changes.get(k);
      Place p = index.place(c.place());
      text.append("  {\"id\": ").append(json(p.id()));
      text.append(", \"name\": ").append(json(p.name()));
      text.append(", \"lat\": ").append(SituationWriter.formatDegrees(p.location().lat()));
      text.append(", \"lon\": ").append(SituationWriter.formatDegrees(p.location().lon()));
      text.append(", \"from_status\": ").append(json(c.before().word()));
      text.append(", \"to_status\": ").append(json(c.after().word()));
      text.append(", \"changed_on\": ").append(json(c.changedOn().toString()));
      text.append(", \"sources\": [");
      List<Source> sources = c.entry().sources();
      for (int s = 0; s < sources.size(); s++) {
        Source src = sources.get(s);
        text.append(s == 0 ? "" : ", ").append("{\"publisher\": ").append(json(src.publisher()));
        text.append(", \"title\": ").append(json(src.title()));
        text.append(", \"date\": ").append(json(src.date().toString()));
        if (src.url() != null) {
          text.append(", \"url\": ").append(json(src.url()));
        }
        text.append('}');
      }
      text.append("]}").append(k + 1 < changes.size() ? ",\n" : "\n");
    }
    return text.append("]\n").toString();
  }

  private static String json(String s) {
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
  }
}
