package org.situationmap.map.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.export.HeadlessFx;
import org.situationmap.io.basemap.Basemap;
import org.situationmap.layer.BundledLayer;
import org.situationmap.layer.Layer;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.PlaceRenderer;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.places.PlacedLabel;
import org.situationmap.map.places.Projection;
import org.situationmap.map.places.raster.SymbolCache;
import org.situationmap.map.tiles.BasemapNames;
import org.situationmap.map.tiles.TileMath;

/**
 * The basemap's names are written where no place's name is: never across a town's name or leader
 * line, inside their own oblast and in view, from the whole of both oblasts down to the last zoom
 * that has them; and both oblasts keep their names in the zoomed-out view.
 */
@Tag("ui")
class BasemapNamesTest {
  private static PlaceFrame places;
  private static BasemapNames names;

  @BeforeAll
  static void load() throws Exception {
    org.testfx.api.FxToolkit.registerPrimaryStage();
    Layer layer = Layer.read(BundledLayer.standard().file().orElseThrow());
    places = PlaceFrame.at(PlaceSet.of(layer), LocalDate.of(2022, 6, 13), -1);
    names = BasemapNames.of(Basemap.loadBundled());
  }

  @Test
  void namesAvoidThePlacesNamesAndStayInTheirOblasts() throws Exception {
    int written = 0;
    for (double[] size : new double[][] {{890, 670}, {640, 480}, {1200, 800}}) {
      for (double zoom = 6; zoom < BasemapNames.MAX_ZOOM; zoom += 0.2) {
        Projection p = Projection.centredOn(48.45, 38.45, zoom, size[0], size[1]);
        written += check(new MapFrame(places, null, p, size[0], size[1], names));
      }
    }
    assertTrue(written > 100, "names written: " + written);
  }

  @Test
  void bothOblastsAreNamedInTheZoomedOutView() throws Exception {
    Projection p = Projection.centredOn(48.45, 38.45, 7.4, 890, 670);
    MapFrame frame = new MapFrame(places, null, p, 890, 670, names);
    List<String> written =
        HeadlessFx.call(
            () ->
                BasemapNamePlacer.place(frame, labels(frame), null).stream()
                    .map(n -> n.name().text())
                    .toList());
    assertTrue(written.contains("DONETSK OBLAST"), written.toString());
    assertTrue(written.contains("LUHANSK OBLAST"), written.toString());
  }

  @Test
  void aFrameWithoutNamesWritesNone() throws Exception {
    Projection p = Projection.centredOn(48.45, 38.45, 7.4, 890, 670);
    MapFrame frame = new MapFrame(places, null, p, 890, 670);
    assertEquals(
        List.of(), HeadlessFx.call(() -> BasemapNamePlacer.place(frame, labels(frame), null)));
  }

  private static int check(MapFrame frame) throws Exception {
    return HeadlessFx.call(
        () -> {
          List<PlacedLabel> labels = labels(frame);
          List<Rectangle2D> taken = new ArrayList<>();
          for (PlacedLabel l : labels) {
            taken.add(l.bounds(places.set()));
          }
          List<PlacedName> written = BasemapNamePlacer.place(frame, labels, null);
          Projection p = frame.projection();
          for (PlacedName n : written) {
            Rectangle2D b = n.bounds();
            String where = n.name().text() + " at zoom " + p.zoom();
            for (Rectangle2D t : taken) {
              assertTrue(!t.intersects(b), where + " crosses a place's name at " + t);
            }
            assertTrue(
                b.getMinX() >= 0 && b.getMaxX() <= frame.width() && b.getMinY() >= 0,
                where + " in view");
            double lon = p.unitXAt(n.x()) * 360 - 180;
            double lat = TileMath.yToLat(p.unitYAt(n.y()) * TileMath.TILE_SIZE, 0);
            assertTrue(n.name().covers(lon, lat), where + " inside its oblast");
            taken.add(b);
          }
          return written.size();
        });
  }

  private static List<PlacedLabel> labels(MapFrame frame) {
    return new PlaceRenderer(new SymbolCache())
        .labels(frame.places(), frame.projection(), frame.width(), frame.height());
  }
}
