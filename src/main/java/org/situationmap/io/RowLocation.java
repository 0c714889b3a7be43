package org.situationmap.io;

/**
 * A row of a table file, by the line it starts on: a CSV row written {@code :LINE}. Immutable.
 *
 * @param line 1-based line of the file where the row starts
 */
public record RowLocation(int line) implements ProblemLocation {
  /** Checks the line. */
  public RowLocation {
    if (line < 1) {
      throw new IllegalArgumentException("lines start at 1, got " + line);
    }
  }

  @Override
  public String suffix() {
    return ":" + line;
  }
}
