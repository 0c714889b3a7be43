package org.situationmap.io;

import java.io.IOException;
import java.nio.file.NoSuchFileException;

/** The errors that load nothing from a file, about the file as a whole, for the table formats. */
final class WholeFile {
  private WholeFile() {}

  /** A file that cannot be loaded, with the reason. */
  static SituationReadException refused(String name, String message, Throwable cause) {
    return new SituationReadException(
        new Problem(name, ProblemLocation.WHOLE_FILE, message, Severity.ERROR, null), cause);
  }

  /** A file that could not be read: missing, or an I/O error. */
  static SituationReadException unreadable(String name, IOException e) {
    return refused(
        name,
        e instanceof NoSuchFileException
            ? "no such file"
            : "cannot read the file: " + e.getMessage(),
        e);
  }
}
