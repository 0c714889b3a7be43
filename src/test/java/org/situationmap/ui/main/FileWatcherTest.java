package org.situationmap.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher behind reload-on-change, on real files: it calls back after a change (a save in place
 * or an atomic replace, as editors and our writer do), once per burst of writes and after the last
 * of them, only for its own file, and never after it is closed. Each callback records the file's
 * text as it read it then, so a call that came too early shows as an old text. Waits are for
 * callbacks, never for a fixed time.
 */
class FileWatcherTest {
  /** Quiet period for single, atomic changes. */
  private static final long QUIET = 200;

  /** Quiet period for the burst: far longer than the gap between its writes on any machine. */
  private static final long BURST_QUIET = 1500;

  @TempDir Path dir;

  /** What one watcher's callbacks saw. */
  private static final class Calls {
    private final Path file;
    private final List<String> seen = new ArrayList<>();
    private final Semaphore count = new Semaphore(0);

    Calls(Path file) {
      this.file = file;
    }

    void record() {
      try {
        String text = Files.readString(file);
        synchronized (seen) {
          seen.add(text);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        count.release();
      }
    }

    /** Waits for the n-th callback in all and returns what the callbacks saw so far. */
    List<String> await(int n) throws InterruptedException {
      assertTrue(count.tryAcquire(n, 30, TimeUnit.SECONDS), "callback " + n + " never came");
      count.release(n);
      return seen();
    }

    List<String> seen() {
      synchronized (seen) {
        return List.copyOf(seen);
      }
    }
  }

  /** Replaces {@code file} with {@code text} in one step, as an editor's safe save does. */
  private static void replace(Path file, String text) throws IOException {
    Path temp = Files.writeString(file.resolveSibling(file.getFileName() + ".tmp"), text);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void anAtomicReplaceCallsBackWithTheNewText() throws Exception {
    Path file = Files.writeString(dir.resolve("layer.geojson"), "v1");
    Calls calls = new Calls(file);
    try (FileWatcher w = FileWatcher.watch(file, QUIET, calls::record)) {
      replace(file, "v2");
      assertEquals(List.of("v2"), calls.await(1));
    }
  }

  @Test
  void aBurstOfWritesCallsBackOnceAfterTheLastAndWatchingGoesOn() throws Exception {
    Path file = Files.writeString(dir.resolve("layer.geojson"), "v0");
    Calls calls = new Calls(file);
    try (FileWatcher w = FileWatcher.watch(file, BURST_QUIET, calls::record)) {
      for (int i = 1; i <= 5; i++) {
        Files.writeString(file, "v" + i); // truncates, then writes: several events each
      }
      assertEquals(List.of("v5"), calls.await(1), "one call, after the last write");
      replace(file, "v6");
      assertEquals(List.of("v5", "v6"), calls.await(2), "the next change is seen too");
    }
  }

  @Test
  void changesToOtherFilesInTheFolderAreIgnored() throws Exception {
    Path file = Files.writeString(dir.resolve("layer.geojson"), "v1");
    Path other = Files.writeString(dir.resolve("other.geojson"), "o1");
    Calls ours = new Calls(file);
    Calls theirs = new Calls(other);
    try (FileWatcher a = FileWatcher.watch(file, QUIET, ours::record);
        FileWatcher b = FileWatcher.watch(other, QUIET, theirs::record)) {
      replace(other, "o2");
      theirs.await(1); // the other file's change has been seen, and its quiet period is over
      replace(file, "v2");
      assertEquals(List.of("v2"), ours.await(1), "no call for the other file's change");
    }
  }

  @Test
  void aClosedWatcherNoLongerCallsBack() throws Exception {
    Path file = Files.writeString(dir.resolve("layer.geojson"), "v1");
    Calls closed = new Calls(file);
    Calls open = new Calls(file);
    try (FileWatcher witness = FileWatcher.watch(file, QUIET, open::record)) {
      FileWatcher.watch(file, QUIET, closed::record).close();
      replace(file, "v2");
      open.await(1); // the change has been seen, and its quiet period is over
      assertEquals(List.of(), closed.seen());
    }
  }
}
