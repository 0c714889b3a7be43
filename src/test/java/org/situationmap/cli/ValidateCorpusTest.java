package org.situationmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.situationmap.testing.BadCorpus;
import org.situationmap.testing.BadCorpus.Expectation;
import org.situationmap.testing.BadCorpus.Outcome;

/** {@code validate} on every file of the bad-input corpus: exit code, message and position. */
class ValidateCorpusTest {

  static Stream<Expectation> corpus() {
    return BadCorpus.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void validateReportsTheProblemAtItsPosition(Expectation expected) {
    String file = expected.file().toString();
    CommandRun run = CommandRun.of(new ValidateCommand(), file);
    String[] lines = run.out().split("\n");
    switch (expected.outcome()) {
      case FATAL -> {
        assertEquals(ValidateCommand.UNREADABLE, run.exitCode(), run.out());
        assertEquals(expected.formatted(file), lines[0]);
        assertEquals(file + ": unreadable; no features loaded", lines[1]);
      }
      case SKIPPED -> {
        assertEquals(ValidateCommand.INVALID, run.exitCode(), run.out());
        assertTrue(run.out().contains(expected.formatted(file) + "\n"), run.out());
        assertTrue(
            lines[lines.length - 1].matches(".*; \\d+ of \\d+ features? valid"),
            lines[lines.length - 1]);
      }
      case LOADED -> {
        assertEquals(ValidateCommand.VALID, run.exitCode(), run.out());
        if (!expected.message().equals("-")) {
          assertTrue(run.out().startsWith(expected.formatted(file) + "\n"), run.out());
        }
        assertTrue(
            lines[lines.length - 1].endsWith(
                expected.loaded() + " of " + expected.loaded() + " features valid"),
            lines[lines.length - 1]);
      }
    }
    assertEquals(Outcome.class, expected.outcome().getClass());
  }
}
