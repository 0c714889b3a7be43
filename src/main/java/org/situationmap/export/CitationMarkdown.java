package org.situationmap.export;

import java.time.LocalDate;
import java.util.List;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Coverage;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.domain.Source;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.text.Messages;
import org.situationmap.timeline.TimelineIndex;
import org.situationmap.zones.ZoneState;

/**
 * The Markdown written beside a snapshot so that it can be cited: the image's facts, the places
 * whose status changed in the {@value PlaceFrame#HALO_DAYS} days up to the date (the ones the image
 * marks with a halo), and the notes of the selected place up to the date, each with all its
 * sources; with zones, the area each status holds per oblast; and the credit of the basemap drawn.
 * Words and every date in the request's language ({@link Messages#date}). Text from the data reads
 * back as itself: it is escaped only where Markdown would act on it ({@link Markdown}).
 */
public final class CitationMarkdown {
  private CitationMarkdown() {}

  /**
   * The Markdown for a request whose image is saved as {@code imageName} and shows tiles credited
   * as {@code basemapAttribution} ({@link SnapshotExporter.Rendered#basemapAttribution()}).
   */
  public static String render(ExportRequest r, String imageName, String basemapAttribution) {
    Messages text = r.text();
    StringBuilder md = new StringBuilder();
    TimelineIndex index = r.layer().index();
    md.append("# ").append(Markdown.escape(r.title())).append("\n\n");
    md.append(text.format("md.mapOf", "date", text.date(r.date())));
    if (imageName != null) {
      md.append(": ![").append(Markdown.escape(imageName)).append("](<").append(imageName);
      md.append(">)");
    }
    md.append("\n\n- ");
    md.append(text.format("md.data", "title", Markdown.escape(text.layerTitle(r.layer().title()))));
    if (r.layer().fileName() != null) {
      md.append(" (`").append(r.layer().fileName().replace("`", "'")).append("`)");
    }
    md.append('\n');
    if (r.layer().updated() != null) {
      md.append("- ").append(text.format("md.updated", "date", text.date(r.layer().updated())));
      md.append('\n');
    }
    for (Coverage.Oblast oblast : r.coverageInView()) {
      md.append("- ");
      md.append(
          text.format(
              oblast.lapsedAt(r.date()) ? "coverage.notice" : "md.checked",
              "oblast",
              Markdown.escape(oblast.admin1()),
              "date",
              text.date(oblast.checkedTo())));
      md.append('\n');
    }
    String license = r.layer().situation().meta().license();
    if (license != null) {
      md.append("- ").append(text.format("md.licence", "licence", Markdown.escape(license)));
      md.append('\n');
    }
    md.append("- ").append(CaptionPainter.basemapAttribution(text, basemapAttribution));
    md.append("\n- ");
    md.append(
        text.format(
            "md.madeWith",
            "app",
            text.format("app.name"),
            "version",
            Markdown.escape(r.appVersion())));
    md.append("\n\n");
    if (r.zones() != null) {
      zones(md, SnapshotExporter.zonesOf(r), text);
    }
    changes(md, index, r.date(), text);
    if (r.selected() >= 0) {
      notes(md, index, r.selected(), r.date(), text);
    }
    return md.toString();
  }

  /** The area each status holds per oblast, as a table, and how the zones were estimated. */
  private static void zones(StringBuilder md, ZoneState zones, Messages text) {
    md.append("## ").append(text.format("md.zones")).append("\n\n");
    md.append(text.format("zones.caveat", "km", zones.capKm())).append(".\n\n");
    md.append("| ").append(text.format("md.zones.oblast"));
    for (ControlStatus s : ControlStatus.values()) {
      md.append(" | ").append(ZoneLegend.areaName(s, text));
    }
    md.append(" |\n|---");
    md.append("|---:".repeat(ControlStatus.values().length)).append("|\n");
    for (int r = 0; r < zones.regions().size(); r++) {
      md.append("| ").append(Markdown.escape(zones.regions().get(r).name()));
      for (ControlStatus s : ControlStatus.values()) {
        md.append(" | ");
        md.append(text.format("legend.area.km2", "km2", Math.round(zones.km2(r, s))));
      }
      md.append(" |\n");
    }
    md.append('\n');
  }

  private static void changes(
      StringBuilder md, TimelineIndex index, LocalDate date, Messages text) {
    LocalDate from = date.minusDays(PlaceFrame.HALO_DAYS - 1L);
    md.append("## ");
    md.append(text.format("md.changes", "from", text.date(from), "to", text.date(date)));
    md.append("\n\n");
    int count = 0;
    for (int i = 0; i < index.size(); i++) {
      Place place = index.place(i);
      List<ControlChange> control = place.control();
      for (int k = 1; k < control.size(); k++) { // a first entry begins a history: no change
        ControlChange c = control.get(k);
        if (c.from().isBefore(from)
            || c.from().isAfter(date)
            || c.status() == control.get(k - 1).status()) {
          continue;
        }
        count++;
        String change =
            text.format(
                "md.change",
                "before",
                text.status(index.statusAt(i, c.from().minusDays(1))),
                "after",
                text.status(c.status()),
                "date",
                text.date(c.from()));
        if (c.confidence() != null) {
          change =
              text.format(
                  "md.change.confidence",
                  "change",
                  change,
                  "confidence",
                  text.confidence(c.confidence()));
        }
        if (c.note() != null) {
          change =
              text.format("md.change.note", "change", change, "note", Markdown.escape(c.note()));
        }
        md.append("- **").append(Markdown.escape(place.name())).append("**: ").append(change);
        md.append('\n');
        sources(md, c.sources(), text);
      }
    }
    if (count == 0) {
      md.append(text.format("md.changes.none")).append('\n');
    }
    md.append('\n');
  }

  private static void notes(
      StringBuilder md, TimelineIndex index, int place, LocalDate date, Messages text) {
    md.append("## ");
    md.append(
        text.format(
            "md.notes",
            "place",
            Markdown.escape(index.place(place).name()),
            "date",
            text.date(date)));
    md.append("\n\n");
    List<Note> notes = index.notesUpTo(place, date);
    if (notes.isEmpty()) {
      md.append(text.format("md.notes.none")).append("\n\n");
      return;
    }
    for (Note n : notes) {
      md.append("### ");
      md.append(
          n.title() == null
              ? text.date(n.date())
              : text.format(
                  "md.note.titled",
                  "date",
                  text.date(n.date()),
                  "title",
                  Markdown.escape(n.title())));
      md.append("\n\n").append(Markdown.paragraph(n.text())).append("\n\n");
      sources(md, n.sources(), text);
      md.append('\n');
    }
  }

  private static void sources(StringBuilder md, List<Source> sources, Messages text) {
    for (Source s : sources) {
      String publisher = Markdown.escape(s.publisher());
      String date = text.date(s.date());
      String link =
          s.title() != null
              ? Markdown.link(s.title(), s.url())
              : s.url() != null ? Markdown.link(s.url(), s.url()) : null;
      md.append("  - ");
      md.append(
          link == null
              ? text.format("md.source", "publisher", publisher, "date", date)
              : text.format(
                  "md.source.linked", "publisher", publisher, "link", link, "date", date));
      md.append('\n');
    }
  }
}
