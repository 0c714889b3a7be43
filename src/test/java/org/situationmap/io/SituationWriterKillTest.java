package org.situationmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process in the middle of saving, several times at random moments, and checks that the
 * file is always complete (the old or the new version, never a mix or a truncation), the backup is
 * complete, and left-over temporary files are cleaned up by the next save.
 */
class SituationWriterKillTest {
  private static final int PLACES = 3_000; // about 2 MB per version

  @TempDir Path dir;

  @Test
  void killingASaveLeavesTheOldOrTheNewFileComplete() throws Exception {
    Path file = dir.resolve("layer.geojson");
    new SituationWriter().write(SaveLoop.situation(0, PLACES), file);
    Random random = new Random(8);
    int previous = 0;
    for (int round = 1; round <= 5; round++) {
      Process child = startChild(file, round * 1000);
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        assertEquals("started", out.readLine(), "the child wrote once");
        Thread.sleep(50 + random.nextInt(400));
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      }
      int version = versionOf(file);
      assertTrue(version == previous || version >= round * 1000, "old or new, was " + version);
      previous = version;
      Path bak = dir.resolve("layer.geojson.bak");
      assertTrue(versionOf(bak) >= 0, "the backup is complete too");
    }
    new SituationWriter().write(SaveLoop.situation(1, PLACES), file);
    assertEquals(1, versionOf(file));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of("layer.geojson", "layer.geojson.bak"),
          files.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary files pile up");
    }
  }

  private Process startChild(Path file, int firstVersion) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            SaveLoop.class.getName(),
            file.toString(),
            Integer.toString(PLACES),
            Integer.toString(firstVersion))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  /** The version in the file's title, after checking it reads completely without problems. */
  private static int versionOf(Path file) throws SituationReadException {
    ReadResult result = new SituationReader().read(file);
    assertTrue(result.isClean(), () -> "a complete, valid file: " + result.problems());
    assertEquals(PLACES, result.situation().places().size());
    String title = result.situation().meta().title();
    int version = Integer.parseInt(title.substring("version ".length()));
    String expected = "Place 7 v" + version;
    assertEquals(expected, result.situation().places().get(7).name(), "not a mix of versions");
    return version;
  }
}
