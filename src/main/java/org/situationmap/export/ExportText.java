package org.situationmap.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Dates in words and text measuring for captions (measuring needs the FX thread). */
final class ExportText {
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private ExportText() {}

  /** "13 June 2022". */
  static String date(LocalDate date) {
    return LONG.format(date);
  }

  /** Width of a text in a font, in pixels. */
  static double width(String text, Font font) {
    Text t = new Text(text);
    t.setFont(font);
    return t.getLayoutBounds().getWidth();
  }

  /** The text, shortened with "…" so it fits {@code max} pixels. */
  static String fit(String text, Font font, double max) {
    if (width(text, font) <= max) {
      return text;
    }
    int lo = 0;
    int hi = text.length();
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      if (width(text.substring(0, mid).stripTrailing() + "…", font) <= max) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return text.substring(0, lo).stripTrailing() + "…";
  }
}
