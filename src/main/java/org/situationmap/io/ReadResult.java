package org.situationmap.io;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.situationmap.domain.Situation;

/**
 * What a read produced: the valid part of the file and every problem found, sorted by position.
 * Immutable and thread-safe.
 *
 * @param situation the places that loaded
 * @param problems warnings and errors (never fatal ones; those are thrown)
 */
public record ReadResult(Situation situation, List<Problem> problems) {

  /** Copies {@code problems}. */
  public ReadResult {
    Objects.requireNonNull(situation, "situation");
    problems = List.copyOf(problems);
  }

  /** How many features were skipped because of errors. */
  public int skippedCount() {
    Set<String> features = new HashSet<>();
    for (Problem problem : problems) {
      if (problem.severity() != Severity.WARNING) {
        features.add(featurePrefix(problem.pointer()));
      }
    }
    return features.size();
  }

  /** How many features the file has: loaded plus skipped. */
  public int featureCount() {
    return situation.places().size() + skippedCount();
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

  private static String featurePrefix(String pointer) {
    // "/features/17/properties/..." -> "/features/17"
    int second = pointer.indexOf('/', 1);
    int third = second < 0 ? -1 : pointer.indexOf('/', second + 1);
    return third < 0 ? pointer : pointer.substring(0, third);
  }
}
