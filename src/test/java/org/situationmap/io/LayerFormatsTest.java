package org.situationmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.domain.Situation;

/** Picking a format per file: by extension, then by the first bytes, then the first format. */
class LayerFormatsTest {
  @TempDir Path dir;

  /** A second format for these tests: "rows" files start with a header line {@code id,}. */
  private static final LayerFormat ROWS =
      new LayerFormat(
          "Rows",
          List.of("rows"),
          new LayerReader() {
            @Override
            public boolean recognizes(byte[] head, int length) {
              return new String(head, 0, length, StandardCharsets.UTF_8).startsWith("id,");
            }

            @Override
            public ReadResult read(Path file, ReadMonitor monitor) {
              throw new UnsupportedOperationException();
            }
          },
          (meta, extras, out) -> {
            throw new UnsupportedOperationException();
          });

  private static final LayerFormat GEOJSON = LayerFormats.standard().all().get(0);

  private final LayerFormats formats = new LayerFormats(List.of(GEOJSON, ROWS));

  private Path file(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void theStandardFormatsAreGeoJsonTheCsvControlSheetAndKml() {
    assertEquals(
        List.of("GeoJSON", "CSV control sheet", "KML", "KMZ"),
        LayerFormats.standard().all().stream().map(f -> f.name()).toList());
    assertEquals(List.of("geojson", "json"), GEOJSON.extensions());
  }

  @Test
  void theExtensionDecidesWhateverTheContent() throws Exception {
    assertSame(ROWS, formats.forReading(file("a.rows", "{\"type\": \"FeatureCollection\"}")));
    assertSame(GEOJSON, formats.forReading(file("b.GeoJSON", "id,name\n")));
    assertSame(GEOJSON, formats.forReading(file("c.json", "id,name\n")));
  }

  @Test
  void withoutAKnownExtensionTheFirstBytesDecide() throws Exception {
    assertSame(ROWS, formats.forReading(file("a.txt", "id,name,lat,lon\n")));
    assertSame(
        GEOJSON, formats.forReading(file("b.txt", " \r\n\t{\"type\": \"FeatureCollection\"}")));
    Path bom = dir.resolve("c");
    Files.write(bom, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'});
    assertSame(GEOJSON, formats.forReading(bom));
    LayerFormats rowsFirst = new LayerFormats(List.of(ROWS, GEOJSON));
    assertSame(GEOJSON, rowsFirst.forReading(file("d.txt", "{}")));
  }

  @Test
  void whatNothingRecognisesGoesToTheFirstFormatWhoseReaderExplains() throws Exception {
    Path png = dir.resolve("map.dat");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    assertSame(GEOJSON, formats.forReading(png));
    SituationReadException e = assertThrows(SituationReadException.class, () -> formats.read(png));
    assertEquals(png + ":1:1: the file is a PNG image, not GeoJSON text", e.getMessage());
    Path missing = dir.resolve("missing.dat");
    assertSame(GEOJSON, formats.forReading(missing));
    e = assertThrows(SituationReadException.class, () -> formats.read(missing));
    assertEquals(missing + ": no such file", e.getMessage());
    assertEquals(ProblemLocation.WHOLE_FILE, e.problem().location());
  }

  @Test
  void writingGoesByTheExtensionAndReadsBack() throws Exception {
    Situation original = Fixtures.read("valid.geojson").situation();
    Path out = dir.resolve("Out.GEOJSON");
    formats.write(original, out);
    assertEquals(original, formats.read(out).situation());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> formats.forWriting(dir.resolve("zones.kml")));
    assertEquals(
        "cannot tell the format of zones.kml from its name; use one of .geojson, .json, .rows",
        e.getMessage());
  }

  @Test
  void extensionsAreLowerCaseWithoutTheDot() {
    LayerReader reader = GEOJSON.reader();
    LayerWriter writer = GEOJSON.writer();
    assertThrows(
        IllegalArgumentException.class,
        () -> new LayerFormat("X", List.of(".geojson"), reader, writer));
    assertThrows(
        IllegalArgumentException.class, () -> new LayerFormat("X", List.of("KML"), reader, writer));
    assertThrows(
        IllegalArgumentException.class, () -> new LayerFormat("X", List.of(), reader, writer));
    assertTrue(GEOJSON.matches("donbas.GeoJson"));
  }
}
