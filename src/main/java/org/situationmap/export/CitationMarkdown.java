package org.situationmap.export;

import java.time.LocalDate;
import java.util.List;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.domain.Source;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.PlaceStyle;
import org.situationmap.timeline.TimelineIndex;

/**
 * The Markdown written beside a snapshot so that it can be cited: the image's facts, the places
 * whose status changed in the {@value PlaceFrame#HALO_DAYS} days up to the date (the ones the image
 * marks with a halo), and the notes of the selected place up to the date, each with all its
 * sources. All text from the data is escaped.
 */
public final class CitationMarkdown {
  private CitationMarkdown() {}

  /** The Markdown for a request whose image is saved as {@code imageName}. */
  public static String render(ExportRequest r, String imageName) {
    StringBuilder md = new StringBuilder();
    TimelineIndex index = r.layer().index();
    md.append("# ").append(Markdown.escape(r.title())).append("\n\n");
    md.append("Map of ").append(ExportText.date(r.date()));
    if (imageName != null) {
      md.append(": ![").append(Markdown.escape(imageName)).append("](<").append(imageName);
      md.append(">)");
    }
    md.append("\n\n");
    md.append("- Data: ").append(Markdown.escape(r.layer().title()));
    if (r.layer().fileName() != null) {
      md.append(" (`").append(r.layer().fileName().replace("`", "'")).append("`)");
    }
    md.append('\n');
    if (r.layer().updated() != null) {
      md.append("- Data updated: ").append(r.layer().updated()).append('\n');
    }
    String license = r.layer().situation().meta().license();
    if (license != null) {
      md.append("- Data licence: ").append(Markdown.escape(license)).append('\n');
    }
    md.append("- Made with Situation Map ").append(Markdown.escape(r.appVersion())).append("\n\n");
    changes(md, index, r.date());
    if (r.selected() >= 0) {
      notes(md, index, r.selected(), r.date());
    }
    return md.toString();
  }

  private static void changes(StringBuilder md, TimelineIndex index, LocalDate date) {
    LocalDate from = date.minusDays(PlaceFrame.HALO_DAYS - 1L);
    md.append("## Changes from ").append(ExportText.date(from)).append(" to ");
    md.append(ExportText.date(date)).append("\n\n");
    int count = 0;
    for (int i = 0; i < index.size(); i++) {
      Place place = index.place(i);
      for (ControlChange c : place.control()) {
        if (c.from().isBefore(from) || c.from().isAfter(date)) {
          continue;
        }
        count++;
        String before = PlaceStyle.label(index.statusAt(i, c.from().minusDays(1)));
        md.append("- **").append(Markdown.escape(place.name())).append("**: ");
        md.append(before).append(" → ").append(PlaceStyle.label(c.status()));
        md.append(" from ").append(c.from());
        if (c.confidence() != null) {
          md.append(" (").append(c.confidence().name().toLowerCase(java.util.Locale.ROOT));
          md.append(')');
        }
        if (c.note() != null) {
          md.append(". ").append(Markdown.escape(c.note()));
        }
        md.append('\n');
        sources(md, c.sources());
      }
    }
    if (count == 0) {
      md.append("No place changed status in these days.\n");
    }
    md.append('\n');
  }

  private static void notes(StringBuilder md, TimelineIndex index, int place, LocalDate date) {
    md.append("## Notes on ").append(Markdown.escape(index.place(place).name()));
    md.append(" up to ").append(ExportText.date(date)).append("\n\n");
    List<Note> notes = index.notesUpTo(place, date);
    if (notes.isEmpty()) {
      md.append("No notes.\n\n");
      return;
    }
    for (Note n : notes) {
      md.append("### ").append(n.date());
      if (n.title() != null) {
        md.append(": ").append(Markdown.escape(n.title()));
      }
      md.append("\n\n").append(Markdown.escape(n.text())).append("\n\n");
      sources(md, n.sources());
      md.append('\n');
    }
  }

  private static void sources(StringBuilder md, List<Source> sources) {
    for (Source s : sources) {
      md.append("  - Source: ").append(Markdown.escape(s.publisher()));
      if (s.title() != null) {
        md.append(", ").append(Markdown.link(s.title(), s.url()));
      } else if (s.url() != null) {
        md.append(", ").append(Markdown.link(s.url(), s.url()));
      }
      md.append(", ").append(s.date()).append('\n');
    }
  }
}
