package org.situationmap.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.situationmap.domain.Situation;

/**
 * Writes a {@link Situation} in the situation GeoJSON format: UTF-8, two-space indent, members in a
 * fixed order, unknown members after the known ones, a trailing newline. Writing to a file ({@link
 * LayerWriter#write(Situation, java.nio.file.Path)}) is atomic and keeps the previous file as
 * {@code FILE.bak}.
 *
 * <p>Stateless and thread-safe (but two writes to the same file at once are not coordinated).
 */
public final class SituationWriter implements LayerWriter {

  /** Writes {@code situation} to {@code out} as UTF-8; {@code out} is flushed, not closed. */
  @Override
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
