package org.situationmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ValidateCommandTest {

  @Test
  void aValidFileExitsZeroWithASummary() {
    String file = CommandRun.resource("/io/valid.geojson").toString();

    CommandRun run = CommandRun.of(new ValidateCommand(), file);

    assertEquals(0, run.exitCode());
    assertEquals(file + ": no problems; 4 of 4 features valid\n", run.out());
  }

  @Test
  void warningsAloneStillExitZero() {
    String file = CommandRun.resource("/io/generic.geojson").toString();

    CommandRun run = CommandRun.of(new ValidateCommand(), file);

    assertEquals(0, run.exitCode());
    assertEquals(
        file
            + ":6:5: warning: no id in 2 features, the first here; ids were made from their names\n"
            + file
            + ":6:100: warning: no 'control' member in 2 features, the first here; their status is"
            + " unknown at every date\n"
            + file
            + ": 2 problems (0 errors, 2 warnings); 3 of 3 features valid\n",
        run.out());
  }

  @Test
  void anInvalidFeatureExitsOneWithPositionedLines() {
    String file = CommandRun.resource("/io/unknown-status.geojson").toString();

    CommandRun run = CommandRun.of(new ValidateCommand(), file);

    assertEquals(1, run.exitCode());
    assertEquals(
        file
            + ":8:41: expected one of ukraine, russia, contested, got 'rusia'\n"
            + file
            + ": 1 problem (1 error, 0 warnings); 1 of 2 features valid\n",
        run.out());
  }

  @Test
  void malformedJsonExitsTwo() {
    String file = CommandRun.resource("/io/malformed-json.geojson").toString();

    CommandRun run = CommandRun.of(new ValidateCommand(), file);

    assertEquals(2, run.exitCode());
    assertEquals(
        file
            + ":7:6: not valid JSON: unexpected character ('\"'): was expecting comma to separate"
            + " Object entries\n"
            + file
            + ": unreadable; no features loaded\n",
        run.out());
  }

  @Test
  void aMissingFileExitsTwo() {
    CommandRun run = CommandRun.of(new ValidateCommand(), "no-such.geojson");

    assertEquals(2, run.exitCode());
    assertEquals(
        "no-such.geojson: no such file\nno-such.geojson: unreadable; no features loaded\n",
        run.out());
  }
}
