package org.situationmap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Commands of the contract (design §5) that this version does not provide yet. Each says so in one
 * line and exits with status 1, so scripts fail loudly rather than silently.
 */
final class PlannedCommands {
  private PlannedCommands() {}

  abstract static class Planned implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Unmatched String[] ignored;

    @Override
    public Integer call() {
      spec.commandLine()
          .getErr()
          .println("situation-map " + spec.name() + ": not available in this version yet");
      return 1;
    }
  }

  @Command(name = "export", description = "Write a PNG snapshot of the map at a date (planned).")
  static final class Export extends Planned {}

  @Command(name = "animate", description = "Write an animated GIF over a date range (planned).")
  static final class Animate extends Planned {}
}
