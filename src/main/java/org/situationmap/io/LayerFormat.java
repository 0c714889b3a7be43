package org.situationmap.io;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A file format layers can be read from and written to: its name, the file name extensions that
 * mark it, and its reader and writer. Immutable.
 *
 * @param name the format's name as people know it, e.g. "GeoJSON"
 * @param extensions the extensions of its files, lower case without the dot, the usual one first
 *     (e.g. {@code geojson}, {@code json})
 * @param reader reads its files
 * @param writer writes its files
 */
public record LayerFormat(
    String name, List<String> extensions, LayerReader reader, LayerWriter writer) {

  /** Checks the arguments and copies the extensions. */
  public LayerFormat {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(writer, "writer");
    extensions = List.copyOf(extensions);
    if (extensions.isEmpty()) {
      throw new IllegalArgumentException("a format needs at least one extension");
    }
    for (String extension : extensions) {
      if (extension.isEmpty()
          || extension.startsWith(".")
          || !extension.equals(extension.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "extensions are lower case without the dot, got '" + extension + "'");
      }
    }
  }

  /** Whether {@code fileName} ends in one of this format's extensions (in any case). */
  public boolean matches(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(e -> lower.endsWith("." + e));
  }
}
