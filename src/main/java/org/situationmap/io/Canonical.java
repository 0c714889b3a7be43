package org.situationmap.io;

import java.util.HashMap;
import java.util.Map;

/**
 * One shared instance per distinct value within one read: a source cited by many notes (the same
 * report of the same publisher), a date, a repeated title. With 100,000 places and 1,000,000 notes
 * this is what keeps a load inside a 1 GiB heap. Not thread-safe: one per read.
 */
final class Canonical {
  private final Map<Object, Object> values = new HashMap<>();

  /** The first value read that equals {@code value}, or {@code value} itself; null stays null. */
  @SuppressWarnings("unchecked")
  <T> T of(T value) {
    if (value == null) {
      return null;
    }
    Object known = values.putIfAbsent(value, value);
    return known == null ? value : (T) known;
  }
}
