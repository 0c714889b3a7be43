package org.situationmap.testing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A slow load on demand: passes the first {@code free} bytes of another stream, then holds the
 * reader until the test lets it go. A test can so act while a load is certainly under way, with a
 * small file and without racing the reader. The hold gives up after {@link Fx#TIMEOUT_SECONDS}, so
 * a failing test never hangs the build.
 */
public final class HeldStream extends FilterInputStream {
  private final long free;
  private final Hold hold;
  private long passed;

  /** Where the reader waits, and the test's handle on it. */
  public static final class Hold {
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    /** Waits until a reader has read the free bytes and is held. */
    public void awaitHeld() throws InterruptedException {
      if (!reached.await(Fx.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError("the reader never reached the hold");
      }
    }

    /** Lets the reader go on. */
    public void release() {
      released.countDown();
    }

    private void enter() throws IOException {
      reached.countDown();
      try {
        if (!released.await(Fx.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          throw new IOException("held for too long: the test never released the stream");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while held");
      }
    }
  }

  /** Passes {@code free} bytes of {@code in}, then waits at {@code hold}. */
  public HeldStream(InputStream in, long free, Hold hold) {
    super(in);
    this.free = free;
    this.hold = hold;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (passed >= free) {
      hold.enter();
    } else {
      length = (int) Math.min(length, free - passed);
    }
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      passed += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] sink = new byte[(int) Math.min(n, 8192)];
    int read = read(sink, 0, sink.length);
    return Math.max(0, read);
  }
}
