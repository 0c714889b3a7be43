package org.situationmap.map.places;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.export.HeadlessFx;
import org.situationmap.map.places.raster.RasterLimits;
import org.situationmap.map.places.raster.SymbolCache;
import org.situationmap.testing.GeneratedLayer;
import org.situationmap.testing.Pixels;

/**
 * In a crowded view the status colours read: the symbols piled up there have no white outlines, so
 * the area they cover shows their colours rather than white (decision 0016). The same view drawn
 * with the outlines of a sparse view is mostly white, which is what this guards against.
 */
@Tag("ui")
class CrowdedSymbolsTest {
  private static final int W = 600;
  private static final int H = 450;
  private static final Color GROUND = Color.rgb(128, 128, 128);
  private static PlaceFrame frame;
  private static Projection view;

  @BeforeAll
  static void setUp() throws Exception {
    org.testfx.api.FxToolkit.registerPrimaryStage();
    frame =
        PlaceFrame.at(PlaceSet.of(GeneratedLayer.index(20_000, 11)), LocalDate.of(2023, 9, 1), -1);
    view = Projection.centredOn(48.45, 38.45, 7.4, W, H);
  }

  @Test
  void aCrowdedViewShowsTheStatusColoursNotWhite() throws Exception {
    double[] crowded = lightShare(RasterLimits.DEFAULT);
    double[] asIfSparse = lightShare(new RasterLimits(1_000_000, 2000, 1 << 20));
    assertTrue(crowded[1] > 20_000, "the view is covered with symbols: " + crowded[1]);
    assertTrue(crowded[0] < 0.01, "white in a crowded view: " + crowded[0]);
    assertTrue(asIfSparse[0] > 0.2, "white outlines would cover it: " + asIfSparse[0]);
  }

  @Test
  void bothWaysOfDrawingACrowdedViewLookTheSame() throws Exception {
    int[][] images =
        HeadlessFx.call(
            () -> {
              Canvas raster = ground();
              new PlaceRenderer(new SymbolCache())
                  .draw(raster.getGraphicsContext2D(), frame, view, W, H, List.of());
              Canvas paths = ground();
              double factor = PlaceStyle.zoomFactor(view.zoom());
              int[] visible = frame.set().visible(view, W, H, factor);
              assertTrue(visible.length > RasterLimits.DEFAULT.cullAbove(), "crowded");
              SymbolPaths.draw(frame, paths.getGraphicsContext2D(), view, visible, factor, true);
              return new int[][] {Pixels.onWhite(raster), Pixels.onWhite(paths)};
            });
    double difference = 0;
    for (int i = 0; i < W * H; i++) {
      for (int shift = 0; shift <= 16; shift += 8) {
        difference += Math.abs(((images[0][i] >> shift) & 0xFF) - ((images[1][i] >> shift) & 0xFF));
      }
    }
    assertTrue(difference / (3.0 * W * H) < 3, "mean difference " + difference / (3.0 * W * H));
  }

  /** {share of drawn pixels lighter than the ground by far, drawn pixels} of the view. */
  private static double[] lightShare(RasterLimits limits) throws Exception {
    int[] pixels =
        HeadlessFx.call(
            () -> {
              Canvas canvas = ground();
              new PlaceRenderer(new SymbolCache(), limits)
                  .draw(canvas.getGraphicsContext2D(), frame, view, W, H, List.of());
              return Pixels.onWhite(canvas);
            });
    int ground = 0xFF808080;
    int drawn = 0;
    int light = 0;
    for (int argb : pixels) {
      if (argb == ground) {
        continue;
      }
      drawn++;
      if (((argb >> 16) & 0xFF) > 220 && ((argb >> 8) & 0xFF) > 220 && (argb & 0xFF) > 220) {
        light++;
      }
    }
    return new double[] {light / (double) drawn, drawn};
  }

  private static Canvas ground() {
    Canvas canvas = new Canvas(W, H);
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.setFill(GROUND);
    gc.fillRect(0, 0, W, H);
    return canvas;
  }
}
