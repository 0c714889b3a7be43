package org.situationmap.export;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Place;
import org.situationmap.domain.Source;
import org.situationmap.io.SituationWriter;
import org.situationmap.text.Messages;
import org.situationmap.timeline.StatusDiff;
import org.situationmap.timeline.TimelineIndex;

/**
 * The places whose status differs between two dates ({@link StatusDiff}), as files to cite: CSV
 * (one row per place: {@value #CSV_HEADER}) and a Markdown table with each change's sources. Used
 * by {@code situation-map diff} and by the app's compare mode. Stateless.
 */
public final class ChangeTables {
  /** The CSV header. */
  public static final String CSV_HEADER = "id,name,lat,lon,from_status,to_status,changed_on";

  private ChangeTables() {}

  /** The changes as CSV, statuses as words ({@code ukraine|russia|contested|unknown}). */
  public static String csv(TimelineIndex index, List<StatusDiff.Change> changes) {
    StringBuilder text = new StringBuilder(CSV_HEADER).append('\n');
    for (StatusDiff.Change c : changes) {
      Place p = index.place(c.place());
      text.append(csvField(p.id()))
          .append(',')
          .append(csvField(p.name()))
          .append(',')
          .append(SituationWriter.formatDegrees(p.location().lat()))
          .append(',')
          .append(SituationWriter.formatDegrees(p.location().lon()))
          .append(',')
          .append(c.before().word())
          .append(',')
          .append(c.after().word())
          .append(',')
          .append(c.changedOn())
          .append('\n');
    }
    return text.toString();
  }

  /** A CSV field, quoted (RFC 4180) when it holds a comma, a quote or a line break. */
  public static String csvField(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  /**
   * The changes as a Markdown table (place, before, after, changed on, sources), titled with the
   * two dates, in the words of {@code text}; {@code statusName} names a status (the CLI writes the
   * status words, the app the language's names).
   */
  public static String markdown(
      TimelineIndex index,
      List<StatusDiff.Change> changes,
      LocalDate from,
      LocalDate to,
      Messages text,
      Function<ControlStatus, String> statusName) {
    StringBuilder md = new StringBuilder();
    md.append("# ")
        .append(text.format("diff.md.title", "from", from.toString(), "to", to.toString()))
        .append("\n\n");
    if (changes.isEmpty()) {
      return md.append(text.format("diff.md.none")).append('\n').toString();
    }
    md.append("| ")
        .append(
            String.join(
                " | ",
                text.format("diff.md.place"),
                text.format("diff.md.before"),
                text.format("diff.md.after"),
                text.format("diff.md.changedOn"),
                text.format("diff.md.sources")))
        .append(" |\n");
    md.append("|---|---|---|---|---|\n");
    for (StatusDiff.Change c : changes) {
      Place p = index.place(c.place());
      String sources =
          c.entry().sources().stream().map(ChangeTables::cite).collect(Collectors.joining("; "));
      md.append("| ")
          .append(Markdown.escape(p.name()))
          .append(" | ")
          .append(statusName.apply(c.before()))
          .append(" | ")
          .append(statusName.apply(c.after()))
          .append(" | ")
          .append(c.changedOn())
          .append(" | ")
          .append(sources)
          .append(" |\n");
    }
    return md.toString();
  }

  private static String cite(Source s) {
    return Markdown.escape(s.publisher())
        + ", "
        + Markdown.link(s.title(), s.url())
        + ", "
        + s.date();
  }
}
