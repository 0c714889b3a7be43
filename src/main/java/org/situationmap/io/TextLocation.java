package org.situationmap.io;

import java.util.Objects;

/**
 * A position in a text file: line and column, and the path of the value there within the document
 * (a JSON pointer in GeoJSON). Written {@code :LINE:COL}. Immutable.
 *
 * @param line 1-based line
 * @param column 1-based column, in characters
 * @param path where the value sits in the document's structure, e.g. the JSON pointer {@code
 *     /features/17/properties/control/2/status}; {@code ""} for the whole document or a format
 *     without such paths
 */
public record TextLocation(int line, int column, String path) implements ProblemLocation {

  /** Checks the position. */
  public TextLocation {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
    }
    Objects.requireNonNull(path, "path");
  }

  @Override
  public String suffix() {
    return ":" + line + ":" + column;
  }
}
