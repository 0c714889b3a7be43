package org.situationmap.io;

import java.util.Objects;

/**
 * One thing wrong with a situation file, with its position. Immutable and thread-safe.
 *
 * @param file the file name as shown to the user
 * @param line 1-based line of the offending token; 0 when there is no position (I/O failure)
 * @param column 1-based column (in characters) of the offending token; 0 when there is no position
 * @param pointer JSON pointer (RFC 6901) of the offending value, e.g. {@code
 *     /features/17/properties/control/2/status}; {@code ""} for the whole document
 * @param message a plain-language message, e.g. "expected one of ukraine, russia, contested, got
 *     'rusia'"
 * @param severity how bad it is
 * @param featureId the id of the feature it belongs to; {@code null} when unknown or none
 */
public record Problem(
    String file,
    int line,
    int column,
    String pointer,
    String message,
    Severity severity,
    String featureId) {

  /** Checks for {@code null}s. */
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
  }

  /** This problem, attributed to the feature with {@code id}. */
  public Problem withFeatureId(String id) {
    return new Problem(file, line, column, pointer, message, severity, id);
  }

  /**
   * The problem as one line, {@code FILE:LINE:COL: message}; warnings read {@code FILE:LINE:COL:
   * warning: message}, and a problem without position reads {@code FILE: message}.
   */
  public String format() {
    String prefix = line > 0 ? file + ":" + line + ":" + column + ": " : file + ": ";
    return prefix + (severity == Severity.WARNING ? "warning: " : "") + message;
  }

  @Override
  public String toString() {
    return format();
  }
}
