package org.situationmap.ui.notes;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Place;
import org.situationmap.domain.Source;
import org.situationmap.map.places.PlaceStyle;
import org.situationmap.ui.timeline.DateText;

/** The sentences the notes panel shows, made from the data. Thread-safe. */
public final class PlaceText {
  private PlaceText() {}

  /**
   * "City · Luhansk oblast · population 101,135 (pre-war)"; parts missing from the data left out.
   */
  public static String facts(Place p) {
    List<String> parts = new ArrayList<>();
    String kind = p.kind().word();
    parts.add(Character.toUpperCase(kind.charAt(0)) + kind.substring(1));
    if (p.admin1() != null) {
      boolean named = p.admin1().toLowerCase(Locale.ROOT).contains("oblast");
      parts.add(named ? p.admin1() : p.admin1() + " oblast");
    }
    if (p.population() != null) {
      parts.add(
          "population "
              + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(p.population())
              + " (pre-war)");
    }
    return String.join(" · ", parts);
  }

  /**
   * "Russia since 25 June 2022"; for the time before the first entry "Unknown (no information
   * before 24 February 2022)", and "Unknown (no control information)" when there is none.
   */
  public static String status(ControlStatus status, Optional<LocalDate> since, Place p) {
    if (since.isPresent()) {
      return PlaceStyle.label(status) + " since " + DateText.format(since.get());
    }
    if (p.control().isEmpty()) {
      return "Unknown (no control information)";
    }
    return "Unknown (no information before " + DateText.format(p.control().get(0).from()) + ")";
  }

  /** "Confidence: claimed — Street fighting reported."; null when the entry has neither. */
  public static String detail(ControlChange c) {
    if (c == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (c.confidence() != null) {
      parts.add("Confidence: " + c.confidence().word());
    }
    if (c.note() != null) {
      parts.add(c.note());
    }
    return parts.isEmpty() ? null : String.join(" — ", parts);
  }

  /** "BBC, “Ukraine withdraws from Sievierodonetsk”, 24 Jun 2022" (publisher, title, date). */
  public static String source(Source s) {
    String title = s.title() == null ? "" : ", “" + s.title() + "”";
    return s.publisher() + title + ", " + DateText.formatShort(s.date());
  }

  /** "25 June 2022: Russia (confirmed)" — one control entry in a line. */
  public static String change(ControlChange c) {
    String conf = c.confidence() == null ? "" : " (" + c.confidence().word() + ")";
    return DateText.format(c.from()) + ": " + PlaceStyle.label(c.status()) + conf;
  }
}
