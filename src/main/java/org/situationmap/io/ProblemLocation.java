package org.situationmap.io;

/**
 * Where in a file a {@link Problem} is, in the terms of the file's format: a line and column in a
 * text format ({@link TextLocation}), or nothing more precise than the file ({@link #WHOLE_FILE}).
 * A format whose records are not text positions brings its own kind, written the same way after the
 * file name: a CSV row as {@code FILE:LINE}, a GeoPackage row as {@code FILE:TABLE#ROWID}.
 * Implementations are immutable values.
 */
public interface ProblemLocation {
  /**
   * No position: the problem is about the file as a whole (it cannot be opened, it is too large).
   */
  ProblemLocation WHOLE_FILE = new WholeFile();

  /**
   * The location as written after the file name in a problem line, with its leading colon: {@code
   * ":12:5"} for line 12, column 5; {@code ""} for the whole file.
   */
  String suffix();

  /** The location of a problem about the whole file. */
  record WholeFile() implements ProblemLocation {
    @Override
    public String suffix() {
      return "";
    }
  }
}
