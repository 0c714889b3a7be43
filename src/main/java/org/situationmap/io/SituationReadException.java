package org.situationmap.io;

import java.util.Objects;

/**
 * Thrown when nothing can be loaded from a situation file: it cannot be read, is not JSON, or is
 * not a GeoJSON FeatureCollection. The message is one plain line, {@code FILE:LINE:COL: message}.
 */
public final class SituationReadException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  /** An exception for a fatal {@code problem}, with the low-level {@code cause} if any. */
  public SituationReadException(Problem problem, Throwable cause) {
    super(Objects.requireNonNull(problem, "problem").format(), cause);
    this.problem = problem;
  }

  /** The fatal problem, with file, position, pointer and plain message. */
  public Problem problem() {
    return problem;
  }
}
