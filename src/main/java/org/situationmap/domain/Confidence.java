package org.situationmap.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * How firmly a control change is established: confirmed by independent evidence, claimed by a
 * party, or assessed by an analyst.
 *
 * <p>In files each constant is written as its lowercase {@link #word() word}. Thread-safe.
 */
public enum Confidence {
  CONFIRMED,
  CLAIMED,
  ASSESSED;

  private static final Confidence[] VALUES = values();

  private final String word = name().toLowerCase(Locale.ROOT);

  /** The lowercase word used in files and output, e.g. {@code "confirmed"}. */
  public String word() {
    return word;
  }

  /**
   * The constant written as {@code word}; only exact lowercase words match.
   *
   * @param word a word from a file, may be {@code null}
   * @return the constant, or empty when {@code word} is not one of the words
   */
  public static Optional<Confidence> fromWord(String word) {
    if (word == null) {
      return Optional.empty();
    }
    for (Confidence value : VALUES) {
      if (value.word.equals(word)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
