package org.situationmap.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.situationmap.domain.Situation;

/**
 * Writes layers in one format. Implementations are thread-safe (two writes to the same file at once
 * are not coordinated).
 */
public interface LayerWriter {
  /** Writes {@code situation} to {@code out}; {@code out} is flushed, not closed. */
  void write(Situation situation, OutputStream out) throws IOException;

  /**
   * Writes {@code situation} to {@code file} atomically, keeping the old file as FILE.bak. A crash
   * or kill at any moment leaves the file either as it was or completely new, and FILE.bak either
   * as it was or a complete copy of the previous file. Temporary files left by a killed write
   * ({@code .FILE.*.tmp}) are removed by the next write of the same file.
   */
  default void write(Situation situation, Path file) throws IOException {
    AtomicReplace.write(file, out -> write(situation, out));
  }
}
