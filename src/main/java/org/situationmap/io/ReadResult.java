package org.situationmap.io;

import java.util.List;
import java.util.Objects;
import org.situationmap.domain.Situation;

/**
 * What a read produced: the valid part of the file, every problem found (sorted by position) and
 * how many features were skipped because of errors. Immutable and thread-safe.
 *
 * @param situation the places that loaded
 * @param problems warnings and errors (never fatal ones; those are thrown)
 * @param skipped how many features were skipped because of errors
 */
public record ReadResult(Situation situation, List<Problem> problems, int skipped) {

  /** Copies {@code problems} and checks the count. */
  public ReadResult {
    Objects.requireNonNull(situation, "situation");
    problems = List.copyOf(problems);
    if (skipped < 0) {
      throw new IllegalArgumentException("skipped must be at least 0, got " + skipped);
    }
  }

  /** How many features the file has: loaded plus skipped. */
  public int featureCount() {
    return situation.places().size() + skipped;
  }

  /** How many problems have {@code severity}. */
  public int count(Severity severity) {
    return (int) problems.stream().filter(p -> p.severity() == severity).count();
  }

  /** Whether there is no problem at all, not even a warning. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /** Whether every feature loaded (warnings allowed). */
  public boolean isValid() {
    return count(Severity.ERROR) == 0;
  }
}
