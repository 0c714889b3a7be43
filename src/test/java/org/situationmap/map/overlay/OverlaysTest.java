package org.situationmap.map.overlay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.export.HeadlessFx;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.PlaceRenderer;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.places.Projection;
import org.situationmap.map.places.raster.SymbolCache;
import org.situationmap.testing.GeneratedLayer;
import org.situationmap.testing.Pixels;

/**
 * The overlays draw each thing once, in their order: the names go into the places' image where
 * there is one and are drawn as text where there is not; an overlay that only draws onto a context
 * shows on the live map on a canvas of its own.
 */
@Tag("ui")
class OverlaysTest {
  private static final int W = 400;
  private static final int H = 260;
  private static MapFrame frame;

  @BeforeAll
  static void setUp() throws Exception {
    org.testfx.api.FxToolkit.registerPrimaryStage();
    PlaceSet set = PlaceSet.of(GeneratedLayer.index(800, 3));
    Projection p = Projection.centredOn(48.3, 38.0, 9.5, W, H);
    frame = new MapFrame(PlaceFrame.at(set, LocalDate.of(2023, 9, 1), 0), null, p, W, H);
  }

  @Test
  void namesAreStampedIntoThePlacesImageOrElseDrawnAsText() throws Exception {
    HeadlessFx.call(
        () -> {
          PlaceRenderer renderer = new PlaceRenderer(new SymbolCache());
          List<Overlay> overlays = Overlays.forScreen(renderer);
          Overlay labels = overlays.get(overlays.size() - 1);
          assertInstanceOf(LabelOverlay.class, labels);

          Canvas all = new Canvas(W, H);
          overlays.forEach(o -> draw(o, all.getGraphicsContext2D()));
          Canvas expected = new Canvas(W, H);
          PlaceRenderer reference = new PlaceRenderer(new SymbolCache());
          var names = reference.labels(frame.places(), frame.projection(), W, H);
          reference.draw(
              expected.getGraphicsContext2D(), frame.places(), frame.projection(), W, H, names);
          assertTrue(names.size() > 5, "the view has names: " + names.size());
          assertArrayEquals(Pixels.onWhite(expected), Pixels.onWhite(all));
          assertEquals(0, drawn(Pixels.onWhite(onOwnCanvas(labels, false))), "names drawn twice");

          // On a rotated context the places are paths, and the names are text of their own.
          Canvas rotated = new Canvas(W, H);
          rotated.getGraphicsContext2D().rotate(3);
          overlays.stream()
              .filter(PlaceOverlay.class::isInstance)
              .findFirst()
              .orElseThrow()
              .draw(rotated.getGraphicsContext2D(), frame);
          assertTrue(drawn(Pixels.onWhite(onOwnCanvas(labels, true))) > 500, "names as text");
          return null;
        });
  }

  @Test
  void anOverlayThatOnlyDrawsShowsOnItsOwnCanvas() throws Exception {
    Overlay square =
        (gc, f) -> {
          gc.setFill(Color.RED);
          gc.fillRect(f.width() / 2, 10, 20, 20);
        };
    HeadlessFx.call(
        () -> {
          ScreenPart part = square.onScreen();
          part.show(frame, 1);
          Canvas canvas = assertInstanceOf(Canvas.class, part.node());
          assertEquals(W, canvas.getWidth());
          assertEquals(H, canvas.getHeight());
          assertTrue(
              Pixels.near(Pixels.at(canvas.snapshot(null, null), W / 2 + 10, 20), "#FF0000", 0));
          part.clear();
          assertEquals(0, canvas.getWidth());
          return null;
        });
  }

  private static void draw(Overlay overlay, GraphicsContext gc) {
    gc.save();
    overlay.draw(gc, frame);
    gc.restore();
  }

  /** What {@code overlay} draws of the frame on a new canvas, rotated by 3° or not. */
  private static Canvas onOwnCanvas(Overlay overlay, boolean rotated) {
    Canvas canvas = new Canvas(W, H);
    if (rotated) {
      canvas.getGraphicsContext2D().rotate(3);
    }
    overlay.draw(canvas.getGraphicsContext2D(), frame);
    return canvas;
  }

  private static long drawn(int[] onWhite) {
    return Arrays.stream(onWhite).filter(p -> p != 0xFFFFFFFF).count();
  }
}
