package org.situationmap.map.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.export.HeadlessFx;
import org.situationmap.io.basemap.Basemap;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.places.Projection;
import org.situationmap.testing.GeneratedLayer;
import org.situationmap.timeline.TimelineIndex;
import org.situationmap.zones.BasemapLand;
import org.situationmap.zones.ZoneState;
import org.situationmap.zones.Zones;

/**
 * The zones on the live map: a pan within the margin moves the painted canvas and shows exactly
 * what a fresh paint of the panned view shows; a long pan, a zoom or new zones repaint.
 */
@Tag("ui")
class ZoneOverlayTest {
  private static final int W = 420;
  private static final int H = 280;
  private static PlaceFrame places;
  private static ZoneState july;
  private static ZoneState august;

  @BeforeAll
  static void setUp() throws Exception {
    org.testfx.api.FxToolkit.registerPrimaryStage();
    TimelineIndex index = GeneratedLayer.index(600, 5);
    Zones zones = new Zones(index, BasemapLand.regions(Basemap.loadBundled()), 15);
    july = zones.at(LocalDate.of(2023, 7, 1));
    august = zones.at(LocalDate.of(2023, 8, 1));
    places = PlaceFrame.at(PlaceSet.of(index), july.date(), -1);
  }

  private static MapFrame frame(ZoneState zones, Projection p) {
    return new MapFrame(places, zones, p, W, H);
  }

  /** What the part shows inside the view, over white. */
  private static int[] shown(ZoneOverlay.PannedPart part) {
    Group view = new Group(part.node());
    view.setClip(new Rectangle(W, H));
    return pixels(view.snapshot(white(), null));
  }

  /** A fresh paint of the frame on a canvas of the view's size, over white. */
  private static int[] painted(MapFrame frame) {
    Canvas canvas = new Canvas(W, H);
    new ZoneOverlay().draw(canvas.getGraphicsContext2D(), frame);
    return pixels(canvas.snapshot(white(), null));
  }

  /**
   * Two views look the same: every channel of every pixel within 2 levels (filling the same paths
   * on canvases of other sizes may round a translucent blend differently by a level).
   */
  private static void assertSame(int[] expected, int[] actual, String what) {
    int worst = 0;
    for (int i = 0; i < expected.length; i++) {
      for (int shift = 0; shift < 32; shift += 8) {
        int a = (expected[i] >>> shift) & 0xFF;
        int b = (actual[i] >>> shift) & 0xFF;
        worst = Math.max(worst, Math.abs(a - b));
      }
    }
    assertTrue(worst <= 2, what + ": a channel differs by " + worst);
  }

  private static SnapshotParameters white() {
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(Color.WHITE);
    return params;
  }

  private static int[] pixels(WritableImage image) {
    int[] out = new int[W * H];
    image.getPixelReader().getPixels(0, 0, W, H, PixelFormat.getIntArgbInstance(), out, 0, W);
    return out;
  }

  @Test
  void aShortPanMovesThePaintAndALongPanZoomOrNewZonesRepaint() throws Exception {
    HeadlessFx.call(
        () -> {
          Projection p = Projection.centredOn(48.4, 38.0, 8.5, W, H);
          ZoneOverlay.PannedPart part = new ZoneOverlay.PannedPart();
          part.show(frame(july, p), 1);
          assertEquals(1, part.paints());
          int[] first = shown(part);
          assertTrue(Arrays.stream(first).anyMatch(c -> c != 0xFFFFFFFF), "zones are drawn");
          assertSame(painted(frame(july, p)), first, "as painted");

          Projection panned = new Projection(p.scale(), p.offsetX() + 120, p.offsetY() - 70);
          part.show(frame(july, panned), 1);
          assertEquals(1, part.paints(), "a short pan repaints nothing");
          var bounds = part.node().getBoundsInParent();
          assertEquals(W, bounds.getWidth(), 1e-9, "the margin is not part of the layer's bounds");
          assertEquals(H, bounds.getHeight(), 1e-9);
          assertSame(painted(frame(july, panned)), shown(part), "and shows the panned view");

          Projection far = new Projection(p.scale(), p.offsetX() + 400, p.offsetY());
          part.show(frame(july, far), 1);
          assertEquals(2, part.paints(), "a long pan repaints");
          assertSame(painted(frame(july, far)), shown(part), "after a long pan");

          part.show(frame(august, far), 1);
          assertEquals(3, part.paints(), "new zones repaint");
          Projection zoomed = Projection.centredOn(48.4, 38.0, 9, W, H);
          part.show(frame(august, zoomed), 1);
          assertEquals(4, part.paints(), "a zoom repaints");
          assertSame(painted(frame(august, zoomed)), shown(part), "after a zoom");
          return null;
        });
  }
}
