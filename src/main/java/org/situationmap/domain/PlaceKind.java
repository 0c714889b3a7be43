package org.situationmap.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a place is: a settlement by size, or a site (a bridge, plant, airfield...).
 *
 * <p>In files each constant is written as its lowercase {@link #word() word}. Thread-safe.
 */
public enum PlaceKind {
  CITY,
  TOWN,
  VILLAGE,
  SITE;

  private static final PlaceKind[] VALUES = values();

  private final String word = name().toLowerCase(Locale.ROOT);

  /** The lowercase word used in files and output, e.g. {@code "city"}. */
  public String word() {
    return word;
  }

  /**
   * The constant written as {@code word}; only exact lowercase words match.
   *
   * @param word a word from a file, may be {@code null}
   * @return the constant, or empty when {@code word} is not one of the words
   */
  public static Optional<PlaceKind> fromWord(String word) {
    if (word == null) {
      return Optional.empty();
    }
    for (PlaceKind value : VALUES) {
      if (value.word.equals(word)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
