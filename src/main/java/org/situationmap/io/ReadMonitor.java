package org.situationmap.io;

/**
 * Watches a read as it goes: receives how much of the file is read, and can stop the read. Called
 * on the reading thread, so implementations that report elsewhere hand over themselves.
 */
public interface ReadMonitor {
  /** A monitor that ignores progress and never cancels. */
  ReadMonitor NONE =
      new ReadMonitor() {
        @Override
        public void progress(double share) {}

        @Override
        public boolean isCancelled() {
          return false;
        }
      };

  /** The share of the file read so far, 0–1; called now and then, not for every byte. */
  void progress(double share);

  /**
   * Whether the read should stop. A stopped read fails with {@link SituationReadException}; the
   * caller knows it asked for that.
   */
  boolean isCancelled();
}
