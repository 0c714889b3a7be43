package org.situationmap.io;

import java.util.Objects;

/**
 * One thing wrong with a layer file, with where it is. Immutable and thread-safe.
 *
 * @param file the file name as shown to the user
 * @param location where in the file, in the terms of its format ({@link TextLocation} for line and
 *     column; {@link ProblemLocation#WHOLE_FILE} when there is no position, e.g. an I/O failure)
 * @param message a plain-language message, e.g. "expected one of ukraine, russia, contested, got
 *     'rusia'"
 * @param severity how bad it is
 * @param featureId the id of the feature it belongs to; {@code null} when unknown or none
 */
public record Problem(
    String file, ProblemLocation location, String message, Severity severity, String featureId) {

  /** Checks for {@code null}s. */
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
  }

  /** This problem, attributed to the feature with {@code id}. */
  public Problem withFeatureId(String id) {
    return new Problem(file, location, message, severity, id);
  }

  /**
   * The problem as one line, the file and its location then the message: {@code FILE:LINE:COL:
   * message} in a text format; warnings read {@code FILE:LINE:COL: warning: message}, and a problem
   * about the whole file reads {@code FILE: message}.
   */
  public String format() {
    return file
        + location.suffix()
        + ": "
        + (severity == Severity.WARNING ? "warning: " : "")
        + message;
  }

  @Override
  public String toString() {
    return format();
  }
}
