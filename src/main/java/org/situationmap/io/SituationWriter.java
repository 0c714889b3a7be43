package org.situationmap.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
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

  /** Writes {@code situation} to {@code file} atomically, keeping the old file as FILE.bak. */
  public void write(Situation situation, Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    String name = target.getFileName().toString();
    Path temp = Files.createTempFile(dir, "." + name + ".", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
        write(situation, out);
      }
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      if (Files.exists(target)) {
        Files.copy(
            target,
            dir.resolve(name + ".bak"),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.COPY_ATTRIBUTES);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
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
