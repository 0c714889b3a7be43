package org.situationmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.layer.Layer;
import org.situationmap.map.places.Projection;
import org.situationmap.map.tiles.TileMath;

/** {@code export} end to end, headless: golden image, marker colours, metadata, exit codes. */
@Tag("ui")
class ExportCommandTest {
  static final String UKRAINE = "#0072B2";
  static final String RUSSIA = "#D55E00";
  static final Path SMALL = ExportCli.resource("/app/small.geojson");
  @TempDir Path dir;

  @BeforeAll
  static void toolkit() throws Exception {
    ExportCli.startToolkit();
  }

  private ExportCli export(Path out, String date, String... more) {
    String[] base = {
      "export",
      SMALL.toString(),
      "--date",
      date,
      "--out",
      out.toString(),
      "--width",
      "800",
      "--height",
      "500"
    };
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return ExportCli.run(args);
  }

  @Test
  void matchesTheGoldenImage() throws Exception {
    Path out = dir.resolve("small.png");
    ExportCli run = export(out, "2022-06-26", "--zones", "off");
    assertEquals(0, run.exitCode(), run.err());
    BufferedImage img = ImageIO.read(out.toFile());
    assertEquals(800, img.getWidth());
    assertEquals(500, img.getHeight());
    GoldenImages.assertMatches("small-2022-06-26.png", out);
  }

  @Test
  void withZonesMatchesItsGoldenImage() throws Exception {
    Path out = dir.resolve("zones.png");
    ExportCli run = export(out, "2022-06-26");
    assertEquals(0, run.exitCode(), run.err());
    GoldenImages.assertMatches("small-zones-2022-06-26.png", out);
  }

  @Test
  void zonesAreOnByDefaultAndChangeTheImage() throws Exception {
    Path on = dir.resolve("on.png");
    Path off = dir.resolve("off.png");
    assertEquals(0, export(on, "2022-06-26", "--zones", "on").exitCode());
    assertEquals(0, export(off, "2022-06-26", "--zones", "off").exitCode());
    Path byDefault = dir.resolve("default.png");
    assertEquals(0, export(byDefault, "2022-06-26").exitCode());
    assertTrue(Arrays.equals(Files.readAllBytes(on), Files.readAllBytes(byDefault)));
    assertFalse(Arrays.equals(Files.readAllBytes(on), Files.readAllBytes(off)));
  }

  @Test
  void aJpgNameWritesAJpegWithItsMetadataInAComment() throws Exception {
    Path out = dir.resolve("map.jpg");
    ExportCli run = export(out, "2022-06-26");
    assertEquals(0, run.exitCode(), run.err());
    byte[] bytes = Files.readAllBytes(out);
    assertEquals(0xFF, bytes[0] & 0xFF);
    assertEquals(0xD8, bytes[1] & 0xFF, "JPEG start of image");
    try (var in = ImageIO.createImageInputStream(out.toFile())) {
      var reader = ImageIO.getImageReaders(in).next();
      assertEquals("jpeg", reader.getFormatName().toLowerCase(Locale.ROOT));
      reader.setInput(in);
      assertEquals(800, reader.getWidth(0));
      String tree = dump(reader.getImageMetadata(0).getAsTree("javax_imageio_jpeg_image_1.0"));
      assertTrue(tree.contains("Date: 2022-06-26"), tree);
      assertTrue(tree.contains("Natural Earth; GSHHG"), tree);
    }
  }

  private static String dump(org.w3c.dom.Node node) {
    StringBuilder b = new StringBuilder(node.getNodeName());
    var attrs = node.getAttributes();
    for (int i = 0; attrs != null && i < attrs.getLength(); i++) {
      b.append(' ').append(attrs.item(i).getNodeValue());
    }
    for (var c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      b.append('\n').append(dump(c));
    }
    return b.toString();
  }

  @Test
  void anotherExtensionExitsOneAndWritesNothing() throws Exception {
    Path out = dir.resolve("map.tif");
    ExportCli run = export(out, "2022-06-26");
    assertEquals(1, run.exitCode());
    assertEquals(
        "situation-map export: cannot write map.tif: the name must end in .png, .jpg or .jpeg",
        run.err().strip());
    assertFalse(Files.exists(out));
  }

  @Test
  void anUnknownZonesWordIsABadArgument() throws Exception {
    Path out = dir.resolve("bad.png");
    ExportCli run = export(out, "2022-06-26", "--zones", "maybe");
    assertEquals(1, run.exitCode());
    assertEquals(
        "situation-map export: invalid --zones 'maybe': expected on or off", run.err().strip());
    assertFalse(Files.exists(out));
  }

  @Test
  void sievierodonetskIsUkrainianBeforeItsCaptureAndRussianAfter() throws Exception {
    Path before = dir.resolve("before.png");
    Path after = dir.resolve("after.png");
    assertEquals(0, export(before, "2022-05-01").exitCode());
    assertEquals(0, export(after, "2022-06-26").exitCode());
    int[] at = markerPixel(48.94414, 38.48754);
    assertColour(UKRAINE, ImageIO.read(before.toFile()), at);
    assertColour(RUSSIA, ImageIO.read(after.toFile()), at);
  }

  @Test
  void twiceTheScaleDoublesThePixels() throws Exception {
    Path out = dir.resolve("print.png");
    assertEquals(0, export(out, "2022-06-26", "--scale", "2").exitCode());
    BufferedImage img = ImageIO.read(out.toFile());
    assertEquals(1600, img.getWidth());
    assertEquals(1000, img.getHeight());
    int[] at = markerPixel(48.94414, 38.48754);
    assertColour(RUSSIA, img, new int[] {at[0] * 2, at[1] * 2});
  }

  @Test
  void recordsDateDataAndVersionInPngText() throws Exception {
    Path out = dir.resolve("meta.png");
    assertEquals(0, export(out, "2022-06-26").exitCode());
    Map<String, String> text = pngText(out);
    assertEquals("2022-06-26", text.get("Date"));
    assertEquals("small.geojson", text.get("Data File"));
    assertEquals("2026-11-01", text.get("Data Updated"));
    assertTrue(text.get("Software").startsWith("Situation Map "), text.toString());
    assertEquals("Test layer: four places", text.get("Title"));
    assertTrue(text.get("Copyright").contains("Natural Earth; GSHHG"), text.toString());
  }

  @Test
  void refusesToOverwriteWithoutForce() throws Exception {
    Path out = dir.resolve("exists.png");
    Files.writeString(out, "keep me");
    ExportCli run = export(out, "2022-06-26");
    assertEquals(1, run.exitCode());
    assertEquals("keep me", Files.readString(out));
    assertTrue(run.err().contains("--force"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertEquals(0, export(out, "2022-06-26", "--force").exitCode());
    assertTrue(ImageIO.read(out.toFile()) != null);
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void writesCitationMarkdownOnRequest() throws Exception {
    Path out = dir.resolve("cite.png");
    ExportCli run =
        export(out, "2022-06-26", "--markdown", "--select", "sievierodonetsk", "--title", "A *b*");
    assertEquals(0, run.exitCode(), run.err());
    String md = Files.readString(dir.resolve("cite.md"));
    assertTrue(md.startsWith("# A \\*b\\*\n"), md);
    assertTrue(md.contains("**Sievierodonetsk**: Contested → Russia from 25 June 2022"), md);
    assertTrue(md.contains("Second bridge destroyed"), md);
    assertTrue(md.contains("Source: Test, Fixture, 12 June 2022"), md);
    assertTrue(md.contains("\n- Basemap: Natural Earth; GSHHG\n"), md);
  }

  @Test
  void citationMarkdownGivesTheZonesAreasOfTheAreasCommand() throws Exception {
    Path out = dir.resolve("areas.png");
    assertEquals(0, export(out, "2022-06-26", "--markdown").exitCode());
    String md = Files.readString(dir.resolve("areas.md"));
    assertTrue(md.contains("Zones estimated from the nearest sourced place (up to 15 km)"), md);
    ExportCli areas = ExportCli.run("areas", SMALL.toString(), "--date", "2022-06-26");
    assertEquals(0, areas.exitCode(), areas.err());
    for (String oblast : List.of("Donetsk Oblast", "Luhansk Oblast")) {
      StringBuilder row = new StringBuilder("| " + oblast);
      for (String status : List.of("ukraine", "russia", "contested", "unknown")) {
        String line =
            areas
                .out()
                .lines()
                .filter(l -> l.startsWith(oblast + "," + status + ","))
                .findFirst()
                .orElseThrow();
        double km2 = Double.parseDouble(line.substring(line.lastIndexOf(',') + 1));
        row.append(" | ").append(String.format(Locale.ROOT, "%,d", Math.round(km2)));
      }
      assertTrue(md.contains(row + " |\n"), row + " in\n" + md);
    }
    assertFalse(
        Files.readString(dir.resolve("areas.md"))
            .equals(markdownWithZonesOff(dir.resolve("off.png"))));
  }

  private String markdownWithZonesOff(Path png) throws Exception {
    assertEquals(0, export(png, "2022-06-26", "--markdown", "--zones", "off").exitCode());
    String md = Files.readString(SnapshotExporter.markdownPath(png));
    assertFalse(md.contains("Zones estimated"), md);
    return md;
  }

  @Test
  void badArgumentsExitOneWithOneLine() {
    Path out = dir.resolve("x.png");
    for (String[] bad :
        new String[][] {
          {"--basemap", "mbtiles:/tmp/x.mbtiles"},
          {"--bbox", "1,2,3"},
          {"--scale", "3"},
          {"--select", "nowhere"},
          {"--width", "abc"},
          {"--no-such-option"}
        }) {
      ExportCli run = export(out, "2022-06-26", bad);
      assertEquals(1, run.exitCode(), String.join(" ", bad) + ": " + run.err());
      assertEquals(1, run.err().strip().lines().count(), run.err());
      assertTrue(run.err().startsWith("situation-map export: "), run.err());
    }
    ExportCli badDate = export(out, "2022-02-30");
    assertEquals(1, badDate.exitCode(), badDate.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void ioErrorsExitTwo() {
    ExportCli missing =
        ExportCli.run(
            "export",
            dir.resolve("none.geojson").toString(),
            "--date",
            "2022-06-26",
            "--out",
            dir.resolve("a.png").toString());
    assertEquals(2, missing.exitCode(), missing.err());
    ExportCli noFolder = export(dir.resolve("no/such/folder/a.png"), "2022-06-26");
    assertEquals(2, noFolder.exitCode(), noFolder.err());
    assertEquals(1, noFolder.err().strip().lines().count(), noFolder.err());
  }

  @Test
  void osmWithoutNetworkFallsBackToOfflineTilesWithAWarning() throws Exception {
    Path out = dir.resolve("osm.png");
    ExportCli run = export(out, "2022-06-26", "--basemap", "osm", "--markdown");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("warning: network access is switched off"), run.err());
    String copyright = pngText(out).get("Copyright");
    assertTrue(copyright.startsWith("Basemap: Natural Earth; GSHHG. "), copyright);
    String md = Files.readString(dir.resolve("osm.md"));
    assertTrue(md.contains("\n- Basemap: Natural Earth; GSHHG\n"), md);
    assertFalse(md.contains("OpenStreetMap"), md);
  }

  /** Where the CLI draws a point with its default view of the small fixture at 800×500. */
  static int[] markerPixel(double lat, double lon) throws Exception {
    HeadlessFx.ensureStarted();
    Layer layer = Layer.read(SMALL);
    Viewport v = Viewport.fit(Viewport.dataBox(layer), 800, 500, ExportOptions.ALL);
    Projection p = v.projection();
    return new int[] {
      (int) Math.round(p.x(Projection.unitX(lon))), (int) Math.round(p.y(TileMath.mercatorY(lat)))
    };
  }

  static void assertColour(String hex, BufferedImage img, int[] at) {
    int rgb = img.getRGB(at[0], at[1]);
    int expected = Integer.parseInt(hex.substring(1), 16);
    assertTrue(
        GoldenImages.near(rgb, expected),
        String.format("pixel %d,%d is #%06X, expected %s", at[0], at[1], rgb & 0xFFFFFF, hex));
  }

  static Map<String, String> pngText(Path png) throws Exception {
    Map<String, String> text = new HashMap<>();
    try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      IIOMetadataNode root =
          (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
      var entries = root.getElementsByTagName("tEXtEntry");
      for (int i = 0; i < entries.getLength(); i++) {
        IIOMetadataNode e = (IIOMetadataNode) entries.item(i);
        text.put(e.getAttribute("keyword"), e.getAttribute("value"));
      }
      reader.dispose();
    }
    return text;
  }

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }
}
