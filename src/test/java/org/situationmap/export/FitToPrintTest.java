package org.situationmap.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.situationmap.domain.ControlStatus;
import org.situationmap.layer.BundledLayer;
import org.situationmap.layer.Layer;
import org.situationmap.map.overlay.MapFrame;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.text.Messages;

/**
 * Exports read right in print: the legend counts the places in the frame and says so, and no
 * place's name is cut by the image's edges or the caption's bands.
 */
@Tag("ui")
class FitToPrintTest {
  private static final int W = 800;
  private static final int H = 500;
  private static final String BBOX = "37.4,48.5,38.1,48.8";
  private static final int INK = 0x1F2A36;
  @TempDir Path dir;

  @BeforeAll
  static void toolkit() throws Exception {
    ExportCli.startToolkit();
  }

  @Test
  void theLegendCountsThePlacesInTheFrameAndSaysSo() throws Exception {
    Layer small = Layer.read(ExportCommandTest.SMALL);
    Envelope box = new Envelope(37.4, 38.1, 48.5, 48.8);
    ExportRequest request =
        new ExportRequest(
            small,
            LocalDate.of(2022, 6, 26),
            -1,
            Viewport.fit(box, W, H, ExportOptions.ALL),
            1,
            null,
            ExportOptions.ALL,
            "test",
            Messages.base());
    Viewport v = request.viewport();
    MapFrame frame =
        new MapFrame(
            PlaceFrame.at(PlaceSet.of(small), request.date(), -1),
            null,
            v.projection(),
            v.width(),
            v.height());
    Map<ControlStatus, Integer> expected = new EnumMap<>(ControlStatus.class);
    for (ControlStatus s : ControlStatus.values()) {
      expected.put(s, s == ControlStatus.UKRAINE ? 2 : 0); // Kramatorsk and Bakhmut
    }
    assertEquals(expected, CaptionPainter.countsInView(frame));
    assertEquals("Places in view", Messages.base().format("legend.title.inView"));

    // The whole image, legend included, is that of a layer holding only the places in the frame.
    Path whole = dir.resolve("whole.png");
    Path onlyInFrame = dir.resolve("only-in-frame.png");
    export(ExportCommandTest.SMALL, whole, "--bbox", BBOX);
    export(layerOf(Set.of("kramatorsk", "bakhmut")), onlyInFrame, "--bbox", BBOX);
    assertArrayEquals(pixels(onlyInFrame), pixels(whole));
  }

  @Test
  void noNameIsCutByTheImagesEdgesOrBands() throws Exception {
    Path out = dir.resolve("dense.png");
    Path bundled = BundledLayer.standard().file().orElseThrow();
    export(bundled, out, "--bbox", "37.6,48.2,38.4,48.7");
    BufferedImage img = ImageIO.read(out.toFile());
    int top = (int) CaptionPainter.TITLE_BAND;
    int bottom = H - (int) CaptionPainter.ATTRIBUTION_BAND;
    List<String> cut = new ArrayList<>();
    for (int y = top; y < bottom; y++) {
      for (int x : new int[] {0, W - 1}) {
        if (GoldenImages.near(img.getRGB(x, y), INK)) {
          cut.add(x + "," + y);
        }
      }
    }
    for (int x = 0; x < W; x++) {
      for (int y : new int[] {top, bottom - 1}) {
        if (GoldenImages.near(img.getRGB(x, y), INK)) {
          cut.add(x + "," + y);
        }
      }
    }
    assertEquals(List.of(), cut, "names' ink at the edge of the map's part of the image");
  }

  private void export(Path layer, Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "export",
                layer.toString(),
                "--date",
                "2022-06-26",
                "--out",
                out.toString(),
                "--width",
                Integer.toString(W),
                "--height",
                Integer.toString(H),
                "--zones",
                "off"));
    args.addAll(List.of(more));
    ExportCli run = ExportCli.run(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
  }

  /** A copy of the small fixture with only the places of these ids. */
  private Path layerOf(Set<String> ids) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode doc = (ObjectNode) json.readTree(ExportCommandTest.SMALL.toFile());
    ArrayNode kept = json.createArrayNode();
    doc.get("features")
        .forEach(
            f -> {
              if (ids.contains(f.get("id").asText())) {
                kept.add(f);
              }
            });
    doc.set("features", kept);
    Path copy = dir.resolve("small.geojson");
    json.writeValue(copy.toFile(), doc);
    return copy;
  }

  private static int[] pixels(Path png) throws Exception {
    BufferedImage img = ImageIO.read(png.toFile());
    return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
  }
}
