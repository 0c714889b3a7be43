package org.situationmap.io;

import java.nio.file.Path;

/**
 * Reads layer files of one format into a {@link ReadResult}: the valid part, every problem with its
 * {@link ProblemLocation} in the format's terms, and the number of skipped features.
 * Implementations are thread-safe: one reader may read several files at once.
 */
public interface LayerReader {
  /**
   * Whether a file that starts with these bytes looks like this format; asked for files whose name
   * does not tell (see {@link LayerFormats#forReading}).
   *
   * @param head the first bytes of the file
   * @param length how many of them there are (fewer than {@code head.length} for a short file)
   */
  boolean recognizes(byte[] head, int length);

  /**
   * Reads {@code file}, telling {@code monitor} how far it got.
   *
   * @throws SituationReadException when nothing can be loaded: the file is unreadable, is not in
   *     this format at all, or the monitor cancelled the read
   */
  ReadResult read(Path file, ReadMonitor monitor) throws SituationReadException;
}
