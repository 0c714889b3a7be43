package org.situationmap.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * Tells a {@link ReadMonitor} how much of a file has been read (about every half per cent, at most
 * once per MiB) and stops the read with {@link InterruptedIOException} once the monitor says it is
 * cancelled. Used by one reading thread.
 */
final class MonitoredInputStream extends FilterInputStream {
  private final ReadMonitor monitor;
  private final long size;
  private final long step;
  private long count;
  private long next;

  /** Monitors the reading of {@code in}, which holds {@code size} bytes. */
  MonitoredInputStream(InputStream in, long size, ReadMonitor monitor) {
    super(in);
    this.monitor = monitor;
    this.size = Math.max(1, size);
    this.step = Math.max(1 << 20, this.size / 200);
    this.next = step;
  }

  @Override
  public int read() throws IOException {
    check();
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    check();
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  private void counted(int bytes) {
    count += bytes;
    if (count >= next) {
      next = count + step;
      monitor.progress(Math.min(1.0, (double) count / size));
    }
  }

  private void check() throws InterruptedIOException {
    if (monitor.isCancelled()) {
      throw new InterruptedIOException("cancelled");
    }
  }
}
