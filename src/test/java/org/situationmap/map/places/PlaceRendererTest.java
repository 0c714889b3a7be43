package org.situationmap.map.places;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.export.HeadlessFx;
import org.situationmap.map.places.raster.RasterLimits;
import org.situationmap.map.places.raster.SymbolCache;
import org.situationmap.testing.GeneratedLayer;

/**
 * What a view's renderer keeps is its own and bounded: the label images of one layer, up to their
 * limit, and nothing once the view is disposed. No cache outside the renderers refers to a layer,
 * so a layer no view draws any more is free to go.
 */
@Tag("ui")
class PlaceRendererTest {
  private static final int W = 400;
  private static final int H = 260;
  private static final LocalDate DATE = LocalDate.of(2023, 9, 1);

  @BeforeAll
  static void toolkit() throws Exception {
    org.testfx.api.FxToolkit.registerPrimaryStage();
  }

  @Test
  void labelImagesStayWithinTheirLimit() throws Exception {
    PlaceSet set = PlaceSet.of(GeneratedLayer.index(3000, 3));
    int limit = 120_000;
    PlaceRenderer renderer =
        new PlaceRenderer(new SymbolCache(), new RasterLimits(4000, 2000, limit));
    long[] before = {0};
    boolean[] dropped = {false};
    int labelled = 0;
    for (int k = 0; k < 12; k++) {
      Projection p = Projection.centredOn(47.6 + 0.2 * k, 37.4 + 0.25 * k, 10, W, H);
      int n = HeadlessFx.call(() -> draw(renderer, PlaceFrame.at(set, DATE, -1), p).size());
      labelled += n;
      long held = renderer.raster().labelPixels();
      assertTrue(held <= limit, "label pixels kept in view " + k + ": " + held);
      dropped[0] |= held < before[0];
      before[0] = held;
    }
    assertTrue(labelled > 100, "the views show labels: " + labelled);
    assertTrue(dropped[0], "older label images went to make room");
  }

  @Test
  void drawingAnotherLayerLetsGoOfTheFirst() throws Exception {
    PlaceSet first = PlaceSet.of(GeneratedLayer.index(800, 3));
    PlaceSet second = PlaceSet.of(GeneratedLayer.index(800, 4));
    Projection p = Projection.centredOn(48.3, 38.0, 9.5, W, H);
    PlaceRenderer view = new PlaceRenderer(new SymbolCache());
    PlaceRenderer fresh = new PlaceRenderer(new SymbolCache());
    HeadlessFx.call(() -> draw(view, PlaceFrame.at(first, DATE, 0), p));
    long firstLabels = view.raster().labelPixels();
    assertTrue(firstLabels > 0, "the first layer's labels are kept");
    HeadlessFx.call(() -> draw(view, PlaceFrame.at(second, DATE, 0), p));
    HeadlessFx.call(() -> draw(fresh, PlaceFrame.at(second, DATE, 0), p));
    assertEquals(
        fresh.raster().labelPixels(),
        view.raster().labelPixels(),
        "only the second layer's label images are kept");
  }

  @Test
  void aDisposedViewKeepsNothingAndDrawsTheSameAgain() throws Exception {
    PlaceSet set = PlaceSet.of(GeneratedLayer.index(800, 3));
    Projection p = Projection.centredOn(48.3, 38.0, 9.5, W, H);
    PlaceFrame frame = PlaceFrame.at(set, DATE, 0);
    PlaceRenderer view = new PlaceRenderer(new SymbolCache());
    assertTrue(view.isEmpty(), "a new view keeps nothing");
    int[] drawn = HeadlessFx.call(() -> pixels(view, frame, p));
    assertFalse(view.isEmpty(), "a view keeps its image, labels and label images");
    HeadlessFx.call(
        () -> {
          view.dispose();
          return null;
        });
    assertTrue(view.isEmpty(), "a disposed view keeps nothing");
    assertEquals(0, view.raster().labelPixels());
    assertArrayEquals(drawn, HeadlessFx.call(() -> pixels(view, frame, p)));
  }

  private static List<PlacedLabel> draw(PlaceRenderer renderer, PlaceFrame frame, Projection p) {
    List<PlacedLabel> labels = renderer.labels(frame, p, W, H);
    renderer.image(frame, p, W, H, 1, labels);
    return labels;
  }

  private static int[] pixels(PlaceRenderer renderer, PlaceFrame frame, Projection p) {
    WritableImage image = renderer.image(frame, p, W, H, 1, renderer.labels(frame, p, W, H));
    int[] pixels = new int[W * H];
    image.getPixelReader().getPixels(0, 0, W, H, PixelFormat.getIntArgbPreInstance(), pixels, 0, W);
    return pixels;
  }
}
