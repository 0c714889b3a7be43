package org.situationmap.ui.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name to the form search compares: decomposed (NFD) with combining marks removed,
 * lower-case, apostrophes dropped ({@code ' ’ ʼ ‘ ʹ ʻ `}) and runs of spaces, hyphens, dashes and
 * dots turned into one space. So "Slov’yansk", "SLOVYANSK" and "slovʼyansk" compare equal, as do
 * "Артёмовск" and "Артемовск". Thread-safe.
 */
public final class NameNormalizer {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ‘ʹʻ`´]");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑‒–—_.,]+");

  private NameNormalizer() {}

  /** The folded form of {@code text}; empty for {@code null}. */
  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = APOSTROPHES.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    return SEPARATORS.matcher(s).replaceAll(" ").trim();
  }
}
