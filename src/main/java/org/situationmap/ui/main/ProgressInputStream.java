package org.situationmap.ui.main;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Counts the bytes read for a progress bar and stops the read with {@link InterruptedIOException}
 * once {@code cancelled} says so. Used by one loading thread.
 */
final class ProgressInputStream extends FilterInputStream {
  private final LongConsumer onProgress;
  private final BooleanSupplier cancelled;
  private long count;

  ProgressInputStream(InputStream in, LongConsumer onProgress, BooleanSupplier cancelled) {
    super(in);
    this.onProgress = onProgress;
    this.cancelled = cancelled;
  }

  @Override
  public int read() throws IOException {
    check();
    int b = super.read();
    if (b >= 0) {
      onProgress.accept(++count);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    check();
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count += n;
      onProgress.accept(count);
    }
    return n;
  }

  private void check() throws InterruptedIOException {
    if (cancelled.getAsBoolean()) {
      throw new InterruptedIOException("cancelled");
    }
  }
}
