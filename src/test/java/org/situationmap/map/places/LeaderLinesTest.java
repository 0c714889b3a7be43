package org.situationmap.map.places;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.canvas.Canvas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.export.HeadlessFx;
import org.situationmap.map.places.raster.SymbolCache;
import org.situationmap.testing.GeneratedLayer;
import org.situationmap.testing.Pixels;

/**
 * Leader lines look the same stamped into the places' image as drawn as lines with the names as
 * text, and they are drawn: dark ink along the middle of each.
 */
@Tag("ui")
class LeaderLinesTest {
  private static final int W = 800;
  private static final int H = 600;

  @BeforeAll
  static void toolkit() throws Exception {
    org.testfx.api.FxToolkit.registerPrimaryStage();
  }

  @Test
  void theRasterDrawsLeaderLinesAsTheTextDrawingDoes() throws Exception {
    PlaceFrame frame =
        PlaceFrame.at(PlaceSet.of(GeneratedLayer.index(3000, 5)), LocalDate.of(2023, 9, 1), -1);
    Projection p = Projection.centredOn(48.4, 38.3, 8.5, W, H);
    HeadlessFx.call(
        () -> {
          List<PlacedLabel> labels = new PlaceRenderer(new SymbolCache()).labels(frame, p, W, H);
          List<PlacedLabel> leaders = labels.stream().filter(l -> l.leader() != null).toList();
          assertTrue(!leaders.isEmpty(), "the view has names on leader lines");
          Canvas stamped = new Canvas(W, H);
          new PlaceRenderer(new SymbolCache())
              .draw(stamped.getGraphicsContext2D(), frame, p, W, H, labels);
          Canvas drawn = new Canvas(W, H);
          new PlaceRenderer(new SymbolCache())
              .draw(drawn.getGraphicsContext2D(), frame, p, W, H, List.of());
          PlaceRenderer.drawLabels(drawn.getGraphicsContext2D(), frame.set(), labels);
          int[] a = Pixels.onWhite(stamped);
          int[] b = Pixels.onWhite(drawn);
          // Around the lines, away from the names (whose sprites start on whole pixels).
          int compared = 0;
          int differing = 0;
          for (PlacedLabel l : leaders) {
            PlacedLabel.Leader line = l.leader();
            int x0 = (int) Math.floor(Math.min(line.x0(), line.x1())) - 2;
            int x1 = (int) Math.ceil(Math.max(line.x0(), line.x1())) + 2;
            int y0 = (int) Math.floor(Math.min(line.y0(), line.y1())) - 2;
            int y1 = (int) Math.ceil(Math.max(line.y0(), line.y1())) + 2;
            for (int y = Math.max(0, y0); y <= Math.min(H - 1, y1); y++) {
              for (int x = Math.max(0, x0); x <= Math.min(W - 1, x1); x++) {
                if (!named(labels, frame.set(), x, y)) {
                  compared++;
                  differing += near(a[y * W + x], b[y * W + x], 24) ? 0 : 1;
                }
              }
            }
          }
          assertTrue(compared > 100, "pixels around the lines: " + compared);
          assertTrue(differing <= 0.02 * compared, differing + " of " + compared + " differ");
          for (PlacedLabel l : leaders) {
            PlacedLabel.Leader line = l.leader();
            int x = (int) Math.floor((line.x0() + line.x1()) / 2);
            int y = (int) Math.floor((line.y0() + line.y1()) / 2);
            assertTrue(dark(a, x, y), "ink along the leader of place " + l.i());
          }
          return null;
        });
  }

  private static boolean named(List<PlacedLabel> labels, PlaceSet set, int x, int y) {
    for (PlacedLabel n : labels) {
      if (n.bounds(set).contains(x, y)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a pixel or one of its neighbours is dark ink. */
  private static boolean dark(int[] pixels, int x, int y) {
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        int argb = pixels[(y + dy) * W + x + dx];
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        if (r < 180 && g < 180 && b < 190 && Math.abs(r - g) < 40 && Math.abs(g - b) < 40) {
          return true; // the ink's dark grey, not a symbol's colour
        }
      }
    }
    return false;
  }

  private static boolean near(int a, int b, int tolerance) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > tolerance) {
        return false;
      }
    }
    return true;
  }
}
