package org.situationmap.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file atomically, for every {@link LayerWriter}: writes a temporary file in the same
 * directory, keeps the previous file as {@code FILE.bak} and moves the new one into place, syncing
 * each step. Stateless.
 */
final class AtomicReplace {
  private AtomicReplace() {}

  /** What writes the new content. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code file} with {@code content}. A crash or kill at any moment leaves {@code file}
   * either as it was or completely new, and FILE.bak either as it was or a complete copy of the
   * previous file. Temporary files left by a killed write ({@code .FILE.*.tmp}) are removed by the
   * next write of the same file.
   */
  static void write(Path file, Content content) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    String name = target.getFileName().toString();
    removeLeftovers(dir, name);
    Path temp = Files.createTempFile(dir, "." + name + ".", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      force(temp);
      if (Files.exists(target)) {
        Path bakTemp = Files.createTempFile(dir, "." + name + ".", ".bak.tmp");
        try {
          Files.copy(
              target,
              bakTemp,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.COPY_ATTRIBUTES);
          force(bakTemp);
          move(bakTemp, dir.resolve(name + ".bak"));
        } finally {
          Files.deleteIfExists(bakTemp);
        }
      }
      move(temp, target);
      forceDirectory(dir);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Deletes {@code .NAME.*.tmp} files that a killed write left behind. */
  private static void removeLeftovers(Path dir, String name) throws IOException {
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, "." + name + ".*.tmp")) {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void force(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  /** Makes the rename durable where the platform allows syncing a directory (Linux, macOS). */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a directory as a channel; the rename itself is still atomic.
    }
  }
}
