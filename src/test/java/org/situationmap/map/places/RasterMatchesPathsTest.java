package org.situationmap.map.places;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.canvas.Canvas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.situationmap.export.HeadlessFx;
import org.situationmap.map.places.raster.RasterLimits;
import org.situationmap.map.places.raster.SymbolCache;
import org.situationmap.testing.GeneratedLayer;
import org.situationmap.testing.Pixels;
import org.situationmap.timeline.TimelineIndex;

/**
 * The raster draws what the path commands draw ({@link SymbolPaths}): the same shapes, colours and
 * outlines at the same places, pixel for pixel within the golden-image tolerance.
 */
@Tag("ui")
class RasterMatchesPathsTest {
  @BeforeAll
  static void toolkit() throws Exception {
    org.testfx.api.FxToolkit.registerPrimaryStage();
  }

  /**
   * Sparse views meet the golden-image rule (at most 1% of pixels differ by more than 24 in a
   * channel). In the densest view (8,000 places in 400×300 pixels, 40% of the pixels covered by
   * overlapping symbols) the anti-aliasing of overlapping edges differs more often — the path
   * drawing fills all symbols of a status as one path, the raster adds up their coverage (more than
   * the union where edges overlap), and symbols sit on a quarter-pixel grid — so there the rule is
   * a small mean difference.
   */
  @ParameterizedTest(name = "{0} places at zoom {3}, culling above {4}")
  @CsvSource({
    "600, 48.3, 38.0, 9.5, 4000, 0.01, 6",
    "8000, 48.72, 37.56, 12, 4000, 0.01, 6",
    "8000, 48.55, 38.75, 7.9, 100000, 0.12, 10",
    "8000, 48.55, 38.75, 7.9, 100, 0.12, 10"
  })
  void matchesThePathDrawing(
      int places, double lat, double lon, double zoom, int cull, double maxShare, double maxMean)
      throws Exception {
    TimelineIndex index = GeneratedLayer.index(places, 7);
    PlaceFrame frame = PlaceFrame.at(PlaceSet.of(index), LocalDate.of(2023, 9, 1), -1);
    int w = 400;
    int h = 300;
    Projection p = Projection.centredOn(lat, lon, zoom, w, h);
    int[][] images =
        HeadlessFx.call(
            () ->
                new int[][] {
                  snapshot(frame, p, w, h, cull, true), snapshot(frame, p, w, h, cull, false)
                });
    int differing = 0;
    int drawn = 0;
    double difference = 0;
    for (int i = 0; i < w * h; i++) {
      if (!near(images[0][i], images[1][i])) {
        differing++;
      }
      for (int shift = 0; shift <= 16; shift += 8) {
        difference += Math.abs(((images[0][i] >> shift) & 0xFF) - ((images[1][i] >> shift) & 0xFF));
      }
      if (images[1][i] != 0xFFFFFFFF) {
        drawn++;
      }
    }
    assertTrue(drawn > 500, "the view shows symbols: " + drawn);
    double mean = difference / (3.0 * drawn);
    assertTrue(mean < maxMean, "mean difference per channel of drawn pixels " + mean);
    assertTrue(
        differing <= maxShare * w * h,
        differing + " of " + w * h + " pixels differ (drawn " + drawn + ")");
  }

  private static int[] snapshot(
      PlaceFrame frame, Projection p, int w, int h, int cull, boolean raster) {
    Canvas canvas = new Canvas(w, h);
    var gc = canvas.getGraphicsContext2D();
    if (raster) {
      new PlaceRenderer(new SymbolCache(), new RasterLimits(cull, 2000, 1 << 20))
          .draw(gc, frame, p, w, h, List.of());
    } else {
      double factor = PlaceStyle.zoomFactor(p.zoom());
      int[] visible = frame.set().visible(p, w, h, factor);
      SymbolPaths.draw(frame, gc, p, visible, factor, visible.length > cull);
    }
    return Pixels.onWhite(canvas);
  }

  private static boolean near(int a, int b) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 24) {
        return false;
      }
    }
    return true;
  }
}
