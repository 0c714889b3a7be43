package org.situationmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configurable file-size limit, and a file too large for the heap: in a child JVM whose heap
 * cannot hold it, the read fails cleanly with the out-of-memory message (no OutOfMemoryError
 * escapes, the process ends normally); with a heap that can, every feature loads.
 */
class SizeLimitTest {
  /**
   * A 20 MB file of 43,453 features needs between 32 and 48 MiB of heap once read (measured); the
   * heaps below are far on either side of that.
   */
  private static final long LARGE_FILE_BYTES = 20L * 1000 * 1000;

  private static final String TOO_SMALL_HEAP = "-Xmx16m";
  private static final String LARGE_ENOUGH_HEAP = "-Xmx256m";
  @TempDir Path dir;

  @Test
  void theDefaultLimitIsOneGibibyte() {
    assertEquals(1L << 30, new SituationReader().maxFileBytes());
    assertEquals(1L << 30, SituationReader.DEFAULT_MAX_FILE_BYTES);
  }

  @Test
  void aFileOverTheLimitIsRefusedBeforeReading() throws Exception {
    Path file = dir.resolve("big.geojson");
    LargeFiles.write(file, 3_000_000);
    long size = Files.size(file);

    SituationReadException e =
        assertThrows(SituationReadException.class, () -> new SituationReader(1 << 20).read(file));

    assertEquals(
        String.format(
            java.util.Locale.ROOT,
            "too large: the file is %.1f MB; the limit is 1 MiB",
            size / 1e6),
        e.problem().message());
    assertEquals(ProblemLocation.WHOLE_FILE, e.problem().location(), "about the whole file");
    assertTrue(new SituationReader(4 << 20).read(file).isClean(), "under a higher limit it loads");
  }

  @Test
  void aStreamOverTheLimitStopsAtTheLimit() throws Exception {
    Path file = dir.resolve("big.geojson");
    LargeFiles.write(file, 3_000_000);
    try (InputStream in = Files.newInputStream(file)) {
      SituationReadException e =
          assertThrows(
              SituationReadException.class, () -> new SituationReader(1 << 20).read(in, "stdin"));
      assertEquals("too large: the file is larger than the limit of 1 MiB", e.problem().message());
    }
  }

  @Test
  @Tag("large")
  void aFileTooLargeForTheHeapFailsCleanlyAndLoadsWhereItFits() throws Exception {
    Path file = dir.resolve("large.geojson");
    long features = LargeFiles.write(file, LARGE_FILE_BYTES);
    assertEquals(
        "fatal: " + SituationReader.OUT_OF_MEMORY,
        readInChild(file, TOO_SMALL_HEAP),
        TOO_SMALL_HEAP + ": the out-of-memory message, the process ends normally");
    String loaded = readInChild(file, LARGE_ENOUGH_HEAP);
    assertTrue(loaded.startsWith("loaded " + features + " in "), LARGE_ENOUGH_HEAP + ": " + loaded);
  }

  private static String readInChild(Path file, String heap) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                heap,
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                LargeFiles.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String output;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertTrue(child.waitFor(5, TimeUnit.MINUTES), "bounded in time");
      output = out.readLine();
    } finally {
      child.destroyForcibly();
    }
    assertEquals(0, child.exitValue(), output);
    return output;
  }
}
