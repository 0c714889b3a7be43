package org.situationmap.io;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keeps ids unique: remembers explicit ids with the line that first used them, and makes ids for
 * features that have none from their names. Not thread-safe: one per read.
 */
final class PlaceIds {
  private final Map<String, Integer> lines = new HashMap<>();
  private final Set<String> generated = new HashSet<>();

  /** Claims {@code id}; returns the line that used it first, or 0 when it is new. */
  int claim(String id, int line) {
    Integer first = lines.putIfAbsent(id, line);
    return first == null ? 0 : first;
  }

  /** A new id made from {@code name}, unique among claimed and generated ids. */
  String generate(String name, int index) {
    String base = slug(name);
    if (base.isEmpty()) {
      base = "feature-" + index;
    }
    String id = base;
    for (int n = 2; lines.containsKey(id) || generated.contains(id); n++) {
      id = base + "-" + n;
    }
    generated.add(id);
    return id;
  }

  /** Lowercase ASCII letters and digits joined by hyphens: "Sloviansk (Slavyansk)" → ... */
  static String slug(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
