package org.situationmap.map.places;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import javafx.scene.canvas.Canvas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.export.HeadlessFx;
import org.situationmap.testing.GeneratedLayer;

/**
 * A layer that was drawn, labels and all, can be collected once nothing else refers to it and
 * another layer has been drawn: the renderer's caches (label sprites, the last label placement, the
 * images kept per canvas, whose stale entries go at the next draw) do not keep its places alive.
 */
@Tag("ui")
class PlaceSetReleaseTest {
  @BeforeAll
  static void toolkit() throws Exception {
    org.testfx.api.FxToolkit.registerPrimaryStage();
  }

  @Test
  void aDrawnLayerCanBeCollected() throws Exception {
    WeakReference<PlaceSet> first =
        new WeakReference<>(drawn(PlaceSet.of(GeneratedLayer.index(300, 3))));
    PlaceSet other = PlaceSet.of(GeneratedLayer.index(50, 4));
    for (int i = 0; i < 30 && first.get() != null; i++) {
      System.gc();
      drawn(other);
    }
    assertNull(first.get(), "the first place set is still reachable after another was drawn");
  }

  /**
   * Draws a frame of {@code set}, with labels and a selection, on a new canvas; returns the set.
   */
  private static PlaceSet drawn(PlaceSet set) throws Exception {
    HeadlessFx.call(
        () -> {
          Canvas canvas = new Canvas(400, 300);
          Projection p = Projection.centredOn(48.55, 38.75, 8, 400, 300);
          PlaceFrame frame = PlaceFrame.at(set, LocalDate.of(2023, 9, 1), 0);
          PlaceRenderer.draw(frame, canvas.getGraphicsContext2D(), p, 400, 300);
          return canvas.snapshot(null, null);
        });
    return set;
  }
}
