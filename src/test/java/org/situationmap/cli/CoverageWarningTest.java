package org.situationmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code status} warns on stderr, once per oblast, for a date after an oblast's coverage; the
 * output and the exit code stay as they are. (The warnings of {@code export} and {@code animate}:
 * {@code export.CoverageExportTest}.)
 */
class CoverageWarningTest {
  private final String covered = CommandRun.resource("/cli/coverage.geojson").toString();
  private final String small = CommandRun.resource("/app/small.geojson").toString();

  @Test
  void aDateAfterAnOblastsCoverageIsAWarningAndTheOutputIsUnchanged() {
    CommandRun run = CommandRun.of(new StatusCommand(), covered, "--date", "2022-07-01");
    CommandRun uncovered = CommandRun.of(new StatusCommand(), small, "--date", "2022-07-01");

    assertEquals(0, run.exitCode());
    assertEquals(
        "status: warning: Luhansk Oblast checked to 30 June 2022; later changes may be missing\n",
        run.err());
    assertEquals(uncovered.out(), run.out(), "the same places with the same statuses");
  }

  @Test
  void everyLapsedOblastInTheCoverageOrder() {
    CommandRun run =
        CommandRun.of(new StatusCommand(), covered, "--date", "2023-06-01", "--format", "json");

    assertEquals(0, run.exitCode());
    assertEquals(
        "status: warning: Luhansk Oblast checked to 30 June 2022; later changes may be missing\n"
            + "status: warning: Donetsk Oblast checked to 31 May 2023; later changes may be"
            + " missing\n",
        run.err());
  }

  @Test
  void noWarningUpToTheCoverageDateOrWithoutCoverage() {
    CommandRun checked = CommandRun.of(new StatusCommand(), covered, "--date", "2022-06-30");
    CommandRun uncovered = CommandRun.of(new StatusCommand(), small, "--date", "2026-01-01");

    assertEquals(0, checked.exitCode());
    assertEquals("", checked.err());
    assertEquals(0, uncovered.exitCode());
    assertEquals("", uncovered.err());
  }
}
