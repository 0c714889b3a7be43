package org.situationmap.io;

import java.util.Locale;
import java.util.Map;
import org.situationmap.domain.ControlStatus;

/**
 * Suggestions for status words written in another case or language ("Ukraine", "RUSSIA", "україна",
 * "Россия"). The format stays strict: such words are errors, but the message says what to write
 * instead. Thread-safe (stateless).
 */
final class StatusHints {
  private static final Map<String, String> TRANSLATIONS =
      Map.ofEntries(
          Map.entry("україна", "ukraine"),
          Map.entry("украина", "ukraine"),
          Map.entry("ua", "ukraine"),
          Map.entry("ukr", "ukraine"),
          Map.entry("росія", "russia"),
          Map.entry("россия", "russia"),
          Map.entry("рф", "russia"),
          Map.entry("ru", "russia"),
          Map.entry("rus", "russia"),
          Map.entry("спірна", "contested"),
          Map.entry("спірне", "contested"),
          Map.entry("спорная", "contested"),
          Map.entry("оспаривается", "contested"),
          Map.entry("contested area", "contested"),
          Map.entry("disputed", "contested"));

  private StatusHints() {}

  /** "; write 'ukraine'" when {@code word} is a known variant of a status word, else "". */
  static String hint(String word) {
    String lower = word.strip().toLowerCase(Locale.ROOT);
    String suggestion =
        ControlStatus.fromWord(lower)
            .filter(s -> s != ControlStatus.UNKNOWN)
            .map(ControlStatus::word)
            .orElse(TRANSLATIONS.get(lower));
    return suggestion == null ? "" : "; write '" + suggestion + "' (lowercase English)";
  }
}
