package org.situationmap.ui.notes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Place;
import org.situationmap.domain.Source;
import org.situationmap.text.Messages;

/** The sentences the notes panel shows, made from the data in one language. Thread-safe. */
public final class PlaceText {
  private final Messages text;

  /** Sentences in the language of {@code text}. */
  public PlaceText(Messages text) {
    this.text = text;
  }

  /**
   * "City · Luhansk oblast · population 101,135 (pre-war)"; parts missing from the data left out.
   */
  public String facts(Place p) {
    List<String> parts = new ArrayList<>();
    parts.add(text.kind(p.kind()));
    if (p.admin1() != null) {
      // the data may name the oblast with or without the word "oblast"
      boolean named = p.admin1().toLowerCase(Locale.ROOT).contains("oblast");
      parts.add(named ? p.admin1() : text.format("notes.facts.oblast", "oblast", p.admin1()));
    }
    if (p.population() != null) {
      parts.add(text.format("notes.facts.population", "population", p.population()));
    }
    return String.join(text.format("text.separator"), parts);
  }

  /**
   * "Russia since 25 June 2022"; for the time before the first entry "Unknown (no information
   * before 24 February 2022)", and "Unknown (no control information)" when there is none.
   */
  public String status(ControlStatus status, Optional<LocalDate> since, Place p) {
    if (since.isPresent()) {
      return text.format(
          "notes.status.since", "status", text.status(status), "date", text.date(since.get()));
    }
    if (p.control().isEmpty()) {
      return text.format("notes.status.noControl");
    }
    return text.format("notes.status.before", "date", text.date(p.control().get(0).from()));
  }

  /** "Confidence: claimed — Street fighting reported."; null when the entry has neither. */
  public String detail(ControlChange c) {
    if (c == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (c.confidence() != null) {
      parts.add(
          text.format("notes.detail.confidence", "confidence", text.confidence(c.confidence())));
    }
    if (c.note() != null) {
      parts.add(c.note());
    }
    return parts.isEmpty() ? null : String.join(text.format("notes.detail.separator"), parts);
  }

  /** "BBC, “Ukraine withdraws from Sievierodonetsk”, 24 Jun 2022" (publisher, title, date). */
  public String source(Source s) {
    String date = text.shortDate(s.date());
    return s.title() == null
        ? text.format("notes.source.untitled", "publisher", s.publisher(), "date", date)
        : text.format("notes.source", "publisher", s.publisher(), "title", s.title(), "date", date);
  }

  /**
   * "BBC, “Ukraine withdraws from Sievierodonetsk”, 24 June 2022, https://…": a source as a
   * citation to paste elsewhere (publisher, title, date and URL, each when the data has it).
   */
  public String citation(Source s) {
    String date = text.date(s.date());
    String cited =
        s.title() == null
            ? text.format("notes.citation.untitled", "publisher", s.publisher(), "date", date)
            : text.format(
                "notes.citation", "publisher", s.publisher(), "title", s.title(), "date", date);
    return s.url() == null
        ? cited
        : text.format("notes.citation.linked", "citation", cited, "url", s.url());
  }

  /** "Russia (confirmed)": a control entry's status and confidence. */
  public String outcome(ControlChange c) {
    String status = text.status(c.status());
    return c.confidence() == null
        ? status
        : text.format(
            "notes.outcome", "status", status, "confidence", text.confidence(c.confidence()));
  }

  /** "25 June 2022: Russia (confirmed)" — one control entry in a line. */
  public String change(ControlChange c) {
    return text.format("notes.change", "date", text.date(c.from()), "outcome", outcome(c));
  }
}
