package org.situationmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.domain.Coverage;
import org.situationmap.domain.Situation;
import org.situationmap.io.LayerFormats;
import org.situationmap.layer.Layer;

/**
 * How current an exported picture is: for an oblast in the frame whose coverage ended before the
 * date, {@code export} and {@code animate} warn on stderr (exit codes unchanged), the caption says
 * so beside the date, and the citation lists how far each oblast in the frame was checked.
 */
@Tag("ui")
class CoverageExportTest {
  static final Path COVERED = ExportCli.resource("/cli/coverage.geojson");
  static final String LUHANSK_LAPSED =
      "Luhansk Oblast checked to 30 June 2022; later changes may be missing";
  @TempDir Path dir;

  @BeforeAll
  static void toolkit() throws Exception {
    ExportCli.startToolkit();
  }

  private ExportCli export(Path layer, String date, Path out, String... more) {
    String[] base = {
      "export",
      layer.toString(),
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
  void aDateAfterTheCoverageOfAnOblastInTheFrameIsAWarningALineAndACitation() throws Exception {
    Path out = dir.resolve("after.png");
    ExportCli run = export(COVERED, "2022-07-15", out, "--markdown");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("situation-map export: warning: " + LUHANSK_LAPSED + "\n", run.err());
    String md = Files.readString(dir.resolve("after.md"));
    assertTrue(md.contains("\n- " + LUHANSK_LAPSED + "\n"), md);
    assertTrue(md.contains("\n- Donetsk Oblast checked to 31 May 2023\n"), md);
  }

  @Test
  void noWarningUpToTheCoverageOrForAnOblastOutsideTheFrame() throws Exception {
    ExportCli checked = export(COVERED, "2022-06-30", dir.resolve("checked.png"));
    // Bakhmut and Kramatorsk in the frame, the two Luhansk Oblast cities outside it
    String[] donetskOnly = {"--bbox", "37.5,48.45,38.05,48.8"};
    ExportCli luhanskLapsed = export(COVERED, "2022-07-15", dir.resolve("a.png"), donetskOnly);
    ExportCli bothLapsed = export(COVERED, "2023-06-15", dir.resolve("b.png"), donetskOnly);

    assertEquals(0, checked.exitCode(), checked.err());
    assertEquals("", checked.err());
    assertEquals(0, luhanskLapsed.exitCode(), luhanskLapsed.err());
    assertEquals("", luhanskLapsed.err());
    assertEquals(
        "situation-map export: warning: Donetsk Oblast checked to 31 May 2023; later changes may"
            + " be missing\n",
        bothLapsed.err());
  }

  @Test
  void theCaptionSaysItBesideTheDateAndNothingElseChanges() throws Exception {
    Path uncovered = dir.resolve("uncovered.geojson");
    Layer layer = Layer.read(COVERED);
    Situation situation = layer.situation();
    LayerFormats.standard()
        .write(
            new Situation(
                situation.meta().withCoverage(Coverage.NONE),
                situation.places(),
                situation.extras()),
            uncovered);
    Path with = dir.resolve("with.png");
    Path without = dir.resolve("without.png");
    assertEquals(0, export(COVERED, "2022-07-15", with).exitCode());
    assertEquals(0, export(uncovered, "2022-07-15", without).exitCode());

    BufferedImage a = ImageIO.read(with.toFile());
    BufferedImage b = ImageIO.read(without.toFile());
    int minX = Integer.MAX_VALUE;
    int maxY = -1;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          minX = Math.min(minX, x);
          maxY = Math.max(maxY, y);
        }
      }
    }
    assertTrue(maxY >= 0, "the caption says how current the picture is");
    assertTrue(maxY < CaptionPainter.TITLE_BAND, "only the title band differs, down to " + maxY);
    assertTrue(minX > 100, "beside the date, from x = " + minX);
  }

  @Test
  void animateWarnsOnceWhenALaterFrameIsAfterTheCoverage() throws Exception {
    ExportCli after = animate("2022-07-03");
    ExportCli before = animate("2022-06-26");

    assertEquals(0, after.exitCode(), after.err());
    assertTrue(
        after.err().startsWith("situation-map animate: warning: " + LUHANSK_LAPSED + "\nframe 1/"),
        after.err());
    assertEquals(1, after.err().split("warning", -1).length - 1, after.err());
    assertEquals(0, before.exitCode(), before.err());
    assertFalse(before.err().contains("warning"), before.err());
  }

  private ExportCli animate(String to) {
    return ExportCli.run(
        "animate",
        COVERED.toString(),
        "--from",
        "2022-06-12",
        "--to",
        to,
        "--step",
        "7d",
        "--out",
        dir.resolve("to-" + to + ".gif").toString(),
        "--width",
        "320",
        "--height",
        "200");
  }
}
