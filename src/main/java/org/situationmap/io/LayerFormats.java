package org.situationmap.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.situationmap.domain.Situation;

/**
 * The file formats the program reads and writes, and the one place that picks a format for a file:
 * by the file name's extension, else by the file's first bytes, else the first format (whose reader
 * then says what is wrong with the file). Immutable and thread-safe.
 */
public final class LayerFormats {
  /** How many bytes of a file are shown to the readers to recognise its format. */
  static final int HEAD_BYTES = 512;

  private final List<LayerFormat> formats;

  /** The given formats, in order of preference; the first one reads files nothing recognises. */
  public LayerFormats(List<LayerFormat> formats) {
    this.formats = List.copyOf(formats);
    if (this.formats.isEmpty()) {
      throw new IllegalArgumentException("at least one format is needed");
    }
  }

  /** The formats this program knows. A new format is one more line here. */
  public static LayerFormats standard() {
    return new LayerFormats(
        List.of(
            new LayerFormat(
                "GeoJSON",
                List.of("geojson", "json"),
                new SituationReader(),
                new SituationWriter()),
            new LayerFormat(
                "CSV control sheet",
                List.of("csv"),
                new ControlSheetReader(),
                new ControlSheetWriter()),
            new LayerFormat("KML", List.of("kml"), new KmlReader(), KmlWriter.kml()),
            new LayerFormat("KMZ", List.of("kmz"), new KmlReader(), KmlWriter.kmz())));
  }

  /** The formats, in order of preference. */
  public List<LayerFormat> all() {
    return formats;
  }

  /**
   * The format to read {@code file} with: the one its extension names, else the first whose reader
   * recognises its first bytes, else the first format.
   */
  public LayerFormat forReading(Path file) {
    for (LayerFormat format : formats) {
      if (format.matches(file.getFileName().toString())) {
        return format;
      }
    }
    byte[] head = new byte[HEAD_BYTES];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      return formats.get(0); // its reader reports the failure in its own words
    }
    for (LayerFormat format : formats) {
      if (format.reader().recognizes(head, length)) {
        return format;
      }
    }
    return formats.get(0);
  }

  /**
   * The format to write {@code file} in: the one its extension names.
   *
   * @throws IllegalArgumentException when no format has that extension
   */
  public LayerFormat forWriting(Path file) {
    for (LayerFormat format : formats) {
      if (format.matches(file.getFileName().toString())) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "cannot tell the format of "
            + file.getFileName()
            + " from its name; use one of "
            + formats.stream()
                .flatMap(f -> f.extensions().stream())
                .map(e -> "." + e)
                .collect(Collectors.joining(", ")));
  }

  /** Reads {@code file} in the format {@link #forReading} picks. */
  public ReadResult read(Path file) throws SituationReadException {
    return read(file, ReadMonitor.NONE);
  }

  /** Reads {@code file} in the format {@link #forReading} picks, telling {@code monitor}. */
  public ReadResult read(Path file, ReadMonitor monitor) throws SituationReadException {
    return forReading(file).reader().read(file, monitor);
  }

  /** Writes {@code file} atomically in the format {@link #forWriting} picks. */
  public void write(Situation situation, Path file) throws IOException {
    forWriting(file).writer().write(situation, file);
  }
}
