package org.situationmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one read, in the order found. Not thread-safe: one per read. */
final class ProblemCollector {
  private final String file;
  private Utf8Input input;
  private final List<Problem> problems = new ArrayList<>();
  private int errors;

  ProblemCollector(String file) {
    this.file = file;
  }

  /** Converts the byte columns of the parser's positions to character columns from now on. */
  void convertColumns(Utf8Input bytes) {
    this.input = bytes;
  }

  String file() {
    return file;
  }

  void add(JsonLocation location, String pointer, Severity severity, String message) {
    problems.add(problem(location, pointer, severity, message));
    if (severity != Severity.WARNING) {
      errors++;
    }
  }

  Problem problem(JsonLocation location, String pointer, Severity severity, String message) {
    ProblemLocation where =
        location == null
            ? ProblemLocation.WHOLE_FILE
            : new TextLocation(
                Math.max(location.getLineNr(), 1), Math.max(column(location), 1), pointer);
    return new Problem(file, where, message, severity, null);
  }

  /**
   * The 1-based column of {@code location} in characters: the parser counts bytes, which are
   * converted while they are kept (see {@link Utf8Input#charColumn}).
   */
  int column(JsonLocation location) {
    if (input == null || location instanceof CharLocation || location.getByteOffset() < 0) {
      return location.getColumnNr();
    }
    return input.charColumn(location.getByteOffset(), location.getColumnNr());
  }

  /** The number of errors so far; compare two marks to see whether errors were found between. */
  int errorMark() {
    return errors;
  }

  /** The number of problems so far, for {@link #attribute}. */
  int size() {
    return problems.size();
  }

  /** Attributes the problems found since {@code from} (a {@link #size()}) to feature {@code id}. */
  void attribute(int from, String id) {
    if (id == null) {
      return;
    }
    for (int i = from; i < problems.size(); i++) {
      problems.set(i, problems.get(i).withFeatureId(id));
    }
  }

  /** All problems, sorted by line and column (stable). */
  List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(problems);
    copy.sort(Comparator.comparingLong(ProblemCollector::position));
    return copy;
  }

  /** Line and column in one number, for sorting; 0 for a problem without a position. */
  private static long position(Problem problem) {
    return problem.location() instanceof TextLocation at
        ? ((long) at.line() << 32) + at.column()
        : 0;
  }
}
