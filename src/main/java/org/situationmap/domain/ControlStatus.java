package org.situationmap.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Who controls a place. {@link #UNKNOWN} is never written in data: it is the status of a place
 * before its first control entry.
 *
 * <p>In files each constant is written as its lowercase {@link #word() word}. Thread-safe.
 */
public enum ControlStatus {
  UKRAINE,
  RUSSIA,
  CONTESTED,
  UNKNOWN;

  private static final ControlStatus[] VALUES = values();

  private final String word = name().toLowerCase(Locale.ROOT);

  /** The lowercase word used in files and output, e.g. {@code "ukraine"}. */
  public String word() {
    return word;
  }

  /**
   * The constant written as {@code word}; only exact lowercase words match.
   *
   * @param word a word from a file, may be {@code null}
   * @return the constant, or empty when {@code word} is not one of the words
   */
  public static Optional<ControlStatus> fromWord(String word) {
    if (word == null) {
      return Optional.empty();
    }
    for (ControlStatus value : VALUES) {
      if (value.word.equals(word)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
