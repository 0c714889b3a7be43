package org.situationmap.export;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.situationmap.text.Messages;

/** Text measuring for captions (measuring needs the FX thread). */
final class ExportText {
  private ExportText() {}

  /** Width of a text in a font, in pixels. */
  static double width(String text, Font font) {
    Text t = new Text(text);
    t.setFont(font);
    return t.getLayoutBounds().getWidth();
  }

  /** The text, shortened as {@code words} shortens text ("…") so it fits {@code max} pixels. */
  static String fit(String text, Font font, double max, Messages words) {
    if (width(text, font) <= max) {
      return text;
    }
    int lo = 0;
    int hi = text.length();
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      if (width(shortened(text, mid, words), font) <= max) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return shortened(text, lo, words);
  }

  private static String shortened(String text, int length, Messages words) {
    return words.format("text.shortened", "text", text.substring(0, length).stripTrailing());
  }
}
