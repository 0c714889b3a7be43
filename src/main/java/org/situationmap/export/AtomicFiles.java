package org.situationmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files atomically: into a temporary file beside the target, then one rename, so readers
 * never see half a file. Refuses to replace an existing file unless asked to.
 */
public final class AtomicFiles {
  /** Writes the content of a file to a stream. */
  @FunctionalInterface
  public interface Content {
    /** Writes everything to {@code out}. */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code target}.
   *
   * @throws FileAlreadyExistsException when it exists and {@code overwrite} is false
   */
  public static void write(Path target, boolean overwrite, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    checkWritable(absolute, overwrite);
    Path dir = absolute.getParent();
    // not createTempFile: that makes the file private (0600); this one gets the usual umask
    Path tmp =
        Files.createFile(
            dir.resolve("." + absolute.getFileName() + "." + System.nanoTime() + ".tmp"));
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        content.writeTo(out);
      }
      if (!overwrite && Files.exists(absolute)) {
        throw new FileAlreadyExistsException(target.toString());
      }
      try {
        Files.move(
            tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Fails early when {@code target} exists (and may not be replaced) or its folder is missing. */
  public static void checkWritable(Path target, boolean overwrite) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (!overwrite && Files.exists(absolute)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new java.nio.file.NoSuchFileException(String.valueOf(dir));
    }
  }
}
