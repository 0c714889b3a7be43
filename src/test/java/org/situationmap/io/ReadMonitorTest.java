package org.situationmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.generate.GeneratorSpec;
import org.situationmap.generate.SituationGenerator;

/** A read tells its monitor how far it got, and stops when the monitor says so. */
class ReadMonitorTest {
  @TempDir static Path dir;
  private static Path file;

  @BeforeAll
  static void writeALayerOfSomeMegabytes() throws Exception {
    file = dir.resolve("layer.geojson");
    new SituationGenerator().write(new GeneratorSpec(2000, 4, 6000, 5), file);
    assertTrue(Files.size(file) > 3 << 20, "large enough for a few progress steps");
  }

  /** Records the shares it is told; cancels once told {@code cancelAt} or more. */
  private static final class Recorder implements ReadMonitor {
    final List<Double> shares = new ArrayList<>();
    final double cancelAt;

    Recorder(double cancelAt) {
      this.cancelAt = cancelAt;
    }

    @Override
    public void progress(double share) {
      shares.add(share);
    }

    @Override
    public boolean isCancelled() {
      return !shares.isEmpty() && shares.get(shares.size() - 1) >= cancelAt;
    }
  }

  @Test
  void progressRisesStepByStepToTheEnd() throws Exception {
    Recorder monitor = new Recorder(2);
    ReadResult monitored = new SituationReader().read(file, monitor);
    assertEquals(new SituationReader().read(file).situation(), monitored.situation());
    assertTrue(monitor.shares.size() >= 3, () -> "shares " + monitor.shares);
    for (int i = 1; i < monitor.shares.size(); i++) {
      assertTrue(monitor.shares.get(i) > monitor.shares.get(i - 1), "rising");
    }
    assertTrue(monitor.shares.get(0) > 0);
    double last = monitor.shares.get(monitor.shares.size() - 1);
    assertTrue(last >= 1 - (1 << 20) / (double) Files.size(file), "within a step of the end");
    assertTrue(last <= 1);
  }

  @Test
  void aCancelledReadStopsWithoutReadingTheRest() {
    Recorder monitor = new Recorder(0);
    SituationReadException e =
        assertThrows(SituationReadException.class, () -> new SituationReader().read(file, monitor));
    assertEquals(file + ": cannot read the file: cancelled", e.getMessage());
    assertEquals(1, monitor.shares.size(), () -> "shares " + monitor.shares);
    assertTrue(monitor.shares.get(0) < 0.5);
  }
}
