package org.situationmap.ui.main;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches one file for changes on disk (through its directory) and calls back, at most once per
 * burst of writes, on the watcher's daemon thread. A burst ends when no write has come for the
 * quiet period (400 ms unless given).
 */
final class FileWatcher implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(FileWatcher.class.getName());
  private static final long QUIET_MILLIS = 400;
  private final WatchService service;
  private final long quietMillis;

  private FileWatcher(WatchService service, long quietMillis) {
    this.service = service;
    this.quietMillis = quietMillis;
  }

  static FileWatcher watch(Path file, Runnable onChange) throws IOException {
    return watch(file, QUIET_MILLIS, onChange);
  }

  static FileWatcher watch(Path file, long quietMillis, Runnable onChange) throws IOException {
    Path abs = file.toAbsolutePath();
    WatchService service = FileSystems.getDefault().newWatchService();
    abs.getParent()
        .register(
            service, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
    FileWatcher watcher = new FileWatcher(service, quietMillis);
    Thread t = new Thread(() -> watcher.loop(abs.getFileName(), onChange), "file-watcher");
    t.setDaemon(true);
    t.start();
    return watcher;
  }

  private void loop(Path name, Runnable onChange) {
    try {
      while (true) {
        WatchKey key = service.take();
        boolean ours = false;
        for (WatchEvent<?> event : key.pollEvents()) {
          ours |= name.equals(event.context());
        }
        key.reset();
        if (ours) {
          drainQuietPeriod();
          onChange.run();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: stop watching
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "file watching stopped", e);
    }
  }

  private void drainQuietPeriod() throws InterruptedException {
    WatchKey more;
    while ((more = service.poll(quietMillis, java.util.concurrent.TimeUnit.MILLISECONDS)) != null) {
      more.pollEvents();
      more.reset();
    }
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "closing watcher", e);
    }
  }
}
