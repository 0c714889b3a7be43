package org.situationmap.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.situationmap.domain.Situation;

/**
 * Writes a {@link Situation} in the situation GeoJSON format: UTF-8, two-space indent, members in a
 * fixed order, unknown members after the known ones, a trailing newline.
 *
 * <p>{@link #write(Situation, Path)} is atomic: it writes a temporary file in the same directory,
 * keeps the previous file as {@code FILE.bak} and moves the new one into place. Stateless and
 * thread-safe (but two writes to the same file at once are not coordinated).
 */
public final class SituationWriter {

  /**
   * Writes {@code situation} to {@code file} atomically, keeping the old file as FILE.bak. A crash
   * or kill at any moment leaves {@code file} either as it was or completely new, and FILE.bak
   * either as it was or a complete copy of the previous file. Temporary files left by a killed
   * write ({@code .FILE.*.tmp}) are removed by the next write of the same file.
   */
  public void write(Situation situation, Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    String name = target.getFileName().toString();
    removeLeftovers(dir, name);
    Path temp = Files.createTempFile(dir, "." + name + ".", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
        write(situation, out);
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

  /** Writes {@code situation} to {@code out} as UTF-8; {@code out} is flushed, not closed. */
  public void write(Situation situation, OutputStream out) throws IOException {
    try (JsonGenerator g = JsonFactories.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(new IndentPrinter());
      new DocumentWriter(g).write(situation);
      g.writeRaw('\n');
    }
    out.flush();
  }

  /**
   * Degrees with at most 6 decimals (about 0.1 m), without exponent or trailing zeros: {@code
   * 38.4897}, {@code -0.5}, {@code 48}.
   */
  public static String formatDegrees(double degrees) {
    BigDecimal rounded =
        BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    if (rounded.signum() == 0) {
      return "0";
    }
    return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
  }
}
