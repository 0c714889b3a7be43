package org.situationmap.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.situationmap.domain.Extras;
import org.situationmap.domain.Place;
import org.situationmap.domain.Situation;
import org.situationmap.domain.SituationMeta;

/**
 * Writes layers in the situation GeoJSON format: UTF-8, members in a fixed order, unknown members
 * after the known ones, a trailing newline, laid out as its {@link Layout} says. Writing to a file
 * ({@link LayerWriter#write(org.situationmap.domain.Situation, java.nio.file.Path)}) is atomic and
 * keeps the previous file as {@code FILE.bak}.
 *
 * <p>Immutable and thread-safe (but two writes to the same file at once are not coordinated).
 */
public final class SituationWriter implements LayerWriter {
  /** How the JSON is laid out over lines. */
  public enum Layout {
    /** Two-space indent, one member or element per line: for files people read and diff. */
    INDENTED(Integer.MAX_VALUE),
    /** The collection's members indented, each feature on one line: compact for large layers. */
    FEATURE_PER_LINE(2);

    private final int indentedLevels;

    Layout(int indentedLevels) {
      this.indentedLevels = indentedLevels;
    }
  }

  private final Layout layout;

  /** A writer of indented files. */
  public SituationWriter() {
    this(Layout.INDENTED);
  }

  /** A writer with the given layout. */
  public SituationWriter(Layout layout) {
    this.layout = layout;
  }

  @Override
  public PlaceSink start(SituationMeta meta, Extras extras, OutputStream out) throws IOException {
    JsonGenerator g = JsonFactories.FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.setPrettyPrinter(new IndentPrinter(layout.indentedLevels));
    DocumentWriter document = new DocumentWriter(g);
    document.start(
        meta == null ? SituationMeta.EMPTY : meta, extras == null ? Extras.EMPTY : extras);
    return new PlaceSink() {
      @Override
      public void add(Place place) throws IOException {
        document.place(place);
      }

      @Override
      public void close() throws IOException {
        try (g) {
          document.end();
          g.writeRaw('\n');
        }
        out.flush();
      }
    };
  }

  @Override
  public boolean update(Situation base, Situation edited, Path file) throws IOException {
    if (Files.isRegularFile(file)) {
      Optional<byte[]> patched = SituationPatch.patch(Files.readAllBytes(file), base, edited);
      if (patched.isPresent()) {
        AtomicReplace.write(file, out -> out.write(patched.get()));
        return true;
      }
    }
    write(edited, file);
    return false;
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
