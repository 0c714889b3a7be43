package org.situationmap.map.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.export.HeadlessFx;
import org.situationmap.map.places.raster.SymbolCache;
import org.situationmap.testing.GeneratedLayer;

/**
 * An image seen whole keeps every name inside the part of it the map shows (a name moves to the
 * other side of its symbol, or is left out); the live map still lets names run off its edges as it
 * did, since the view moves.
 */
@Tag("ui")
class LabelEdgesTest {
  private static final int W = 400;
  private static final int H = 260;
  private static final Insets BANDS = new Insets(40, 0, 30, 0);

  @BeforeAll
  static void toolkit() throws Exception {
    org.testfx.api.FxToolkit.registerPrimaryStage();
  }

  @Test
  void anImageSeenWholeKeepsEveryNameInside() throws Exception {
    PlaceSet set = PlaceSet.of(GeneratedLayer.index(3000, 3));
    SymbolCache symbols = new SymbolCache();
    List<String> outside = new ArrayList<>();
    int kept = 0;
    int crossingOnScreen = 0;
    for (int k = 0; k < 8; k++) {
      Projection p = Projection.centredOn(47.6 + 0.2 * k, 37.4 + 0.25 * k, 10, W, H);
      PlaceFrame frame = PlaceFrame.at(set, LocalDate.of(2023, 9, 1), -1);
      List<PlacedLabel> screen =
          HeadlessFx.call(() -> new PlaceRenderer(symbols).labels(frame, p, W, H));
      List<PlacedLabel> image =
          HeadlessFx.call(
              () -> PlaceRenderer.keepingLabelsWithin(symbols, BANDS).labels(frame, p, W, H));
      for (PlacedLabel l : screen) {
        crossingOnScreen += inside(set, l, Insets.EMPTY) ? 0 : 1;
      }
      for (PlacedLabel l : image) {
        if (!inside(set, l, BANDS)) {
          outside.add(set.index().place(l.i()).name() + " at " + l.x() + "," + l.y());
        }
      }
      kept += image.size();
    }
    assertEquals(List.of(), outside);
    assertTrue(kept > 50, "names are kept: " + kept);
    assertTrue(crossingOnScreen > 0, "the views put names at the edges: " + crossingOnScreen);
  }

  /** Whether a label's text, with its halo, lies within the view less the margins. */
  private static boolean inside(PlaceSet set, PlacedLabel l, Insets margins) throws Exception {
    double width = HeadlessFx.call(() -> set.labelWidth(l.i()));
    double halo = LabelStyle.HALO_WIDTH / 2;
    return l.x() - halo >= margins.getLeft()
        && l.x() + width + halo <= W - margins.getRight()
        && l.y() - 8 >= margins.getTop()
        && l.y() + 8 <= H - margins.getBottom();
  }
}
