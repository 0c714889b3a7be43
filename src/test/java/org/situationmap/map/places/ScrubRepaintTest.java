package org.situationmap.map.places;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.situationmap.export.HeadlessFx;
import org.situationmap.map.places.raster.SymbolCache;
import org.situationmap.testing.GeneratedLayer;
import org.situationmap.testing.Pixels;
import org.situationmap.timeline.TimelineIndex;

/**
 * Moving the date on the same view repaints only the tiles near places whose symbol or halo
 * changed, and the canvas then shows exactly what a full repaint of that date shows: every pixel,
 * with the selection and labels, read back from the canvas (so the image's partial update is
 * checked too). The same holds for the image a layer shows ({@link PlaceRenderer#image}), here at a
 * HiDPI scale of 2 where the view is not dense. Each view is one renderer; the full repaints are
 * drawn by new ones.
 */
@Tag("ui")
class ScrubRepaintTest {
  // Not multiples of the 32-pixel tiles, and odd: the edge tiles and the row split are partial.
  private static final int W = 637;
  private static final int H = 401;
  private static final SymbolCache SYMBOLS = new SymbolCache();

  @BeforeAll
  static void toolkit() throws Exception {
    org.testfx.api.FxToolkit.registerPrimaryStage();
  }

  @ParameterizedTest(name = "{0} places at zoom {3}")
  @CsvSource({"8000, 48.55, 38.75, 7.9", "600, 48.3, 38.0, 9.5", "8000, 48.55, 38.75, 9"})
  void theScrubbedCanvasShowsWhatAFullRepaintShows(int places, double lat, double lon, double zoom)
      throws Exception {
    TimelineIndex index = GeneratedLayer.index(places, 11);
    PlaceSet set = PlaceSet.of(index);
    Projection p = Projection.centredOn(lat, lon, zoom, W, H);
    int selected = set.visible(p, W, H, PlaceStyle.zoomFactor(zoom))[0];
    Canvas canvas = HeadlessFx.call(() -> new Canvas(W, H));
    PlaceRenderer scrubbed = new PlaceRenderer(SYMBOLS);
    PlaceRenderer layer = new PlaceRenderer(SYMBOLS);
    Random random = new Random(5);
    PlaceFrame frame = PlaceFrame.at(set, LocalDate.of(2022, 5, 1), selected);
    int partial = 0;
    for (int step = 0; step < 48; step++) {
      LocalDate date =
          step % 8 == 7
              ? LocalDate.of(2022, 3, 1).plusDays(random.nextInt(1000))
              : frame.date().plusDays(step % 8 < 5 ? 1 : 7);
      PlaceFrame f = PlaceFrame.next(frame, date, selected);
      frame = f;
      int[][] images =
          HeadlessFx.call(
              () ->
                  new int[][] {
                    draw(canvas, scrubbed, f, p),
                    draw(new Canvas(W, H), new PlaceRenderer(SYMBOLS), f, p),
                    image(layer, f, p),
                    image(new PlaceRenderer(SYMBOLS), f, p)
                  });
      double share = scrubbed.raster().paintedShare();
      assertArrayEquals(images[1], images[0], "on " + date + " (share painted " + share + ")");
      assertArrayEquals(images[3], images[2], "the layer's image on " + date);
      if (share > 0 && share < 0.5) {
        partial++;
      }
    }
    assertTrue(partial >= 10, "dates drawn by repainting only some tiles: " + partial);
  }

  private static int[] image(PlaceRenderer renderer, PlaceFrame frame, Projection p) {
    return pixels(renderer.image(frame, p, W, H, 2, renderer.labels(frame, p, W, H)));
  }

  private static int[] pixels(WritableImage image) {
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    int[] pixels = new int[w * h];
    image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
    return pixels;
  }

  private static int[] draw(Canvas canvas, PlaceRenderer renderer, PlaceFrame frame, Projection p) {
    var gc = canvas.getGraphicsContext2D();
    gc.clearRect(0, 0, W, H);
    assertTrue(renderer.draw(gc, frame, p, W, H, renderer.labels(frame, p, W, H)), "one image");
    return Pixels.onWhite(canvas);
  }
}
