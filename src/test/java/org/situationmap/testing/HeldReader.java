package org.situationmap.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.situationmap.io.LayerFormat;
import org.situationmap.io.LayerFormats;
import org.situationmap.io.LayerReader;
import org.situationmap.io.ReadMonitor;
import org.situationmap.io.ReadResult;
import org.situationmap.io.SituationReadException;
import org.situationmap.io.SituationReader;
import org.situationmap.io.SituationWriter;

/**
 * A slow load on demand: reads GeoJSON as usual, but a read of one chosen file is held right after
 * its first progress report until the test lets it go. A test can so act while a load is certainly
 * under way, with a small file and without racing the reader. The hold gives up after {@link
 * Fx#TIMEOUT_SECONDS}, so a failing test never hangs the build.
 */
public final class HeldReader implements LayerReader {
  private final SituationReader reader = new SituationReader();
  private final Path held;
  private final CountDownLatch reached = new CountDownLatch(1);
  private final CountDownLatch released = new CountDownLatch(1);

  /** Holds reads of {@code held}. */
  public HeldReader(Path held) {
    this.held = held;
  }

  /** The standard formats with GeoJSON read by this reader. */
  public LayerFormats formats() {
    return new LayerFormats(
        List.of(
            new LayerFormat("GeoJSON", List.of("geojson", "json"), this, new SituationWriter())));
  }

  /** Waits until the read of the held file has reported progress and is held. */
  public void awaitHeld() throws InterruptedException {
    if (!reached.await(Fx.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      throw new AssertionError("the reader never reached the hold");
    }
  }

  /** Lets the reader go on. */
  public void release() {
    released.countDown();
  }

  @Override
  public boolean recognizes(byte[] head, int length) {
    return reader.recognizes(head, length);
  }

  @Override
  public ReadResult read(Path file, ReadMonitor monitor) throws SituationReadException {
    if (!file.equals(held)) {
      return reader.read(file, monitor);
    }
    return reader.read(
        file,
        new ReadMonitor() {
          @Override
          public void progress(double share) {
            monitor.progress(share);
            if (share > 0 && reached.getCount() > 0) {
              reached.countDown();
              awaitRelease();
            }
          }

          @Override
          public boolean isCancelled() {
            return monitor.isCancelled();
          }
        });
  }

  private void awaitRelease() {
    try {
      if (!released.await(Fx.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("held for too long: the test never released the read");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
