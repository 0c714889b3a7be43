package org.situationmap.map.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.export.HeadlessFx;
import org.situationmap.layer.BundledLayer;
import org.situationmap.layer.Layer;
import org.situationmap.testing.GeneratedLayer;
import org.situationmap.testing.LabelReading;

/**
 * Every name placed reads as its own place's: the marker nearest to the sides of the name that face
 * its marker (or to its leader line) is its own, in views of the bundled layer from the whole of
 * both oblasts to a town, and of a crowded generated layer; and the main cities keep their names in
 * the zoomed-out view.
 */
@Tag("ui")
class LabelPlacerTest {
  private static Layer bundled;

  @BeforeAll
  static void load() throws Exception {
    org.testfx.api.FxToolkit.registerPrimaryStage();
    bundled = Layer.read(BundledLayer.standard().file().orElseThrow());
  }

  @Test
  void everyNameOfTheBundledLayerReadsAsItsOwnPlaces() throws Exception {
    PlaceFrame frame = PlaceFrame.at(PlaceSet.of(bundled), LocalDate.of(2022, 6, 13), -1);
    double[][] centres = {{48.45, 38.45}, {48.6, 38.0}, {48.0, 37.8}, {48.9, 38.4}};
    double[][] sizes = {{890, 670}, {640, 480}, {1200, 800}};
    int labels = 0;
    for (double[] c : centres) {
      for (double[] size : sizes) {
        for (double zoom = 6; zoom <= 11; zoom += 0.25) {
          labels +=
              checkView(frame, Projection.centredOn(c[0], c[1], zoom, size[0], size[1]), size);
        }
      }
    }
    assertTrue(labels > 3000, "names checked: " + labels);
  }

  @Test
  void everyNameOfACrowdedLayerReadsAsItsOwnPlacesSomeByALeaderLine() throws Exception {
    PlaceFrame frame =
        PlaceFrame.at(PlaceSet.of(GeneratedLayer.index(3000, 5)), LocalDate.of(2023, 9, 1), 7);
    double[] size = {800, 600};
    int leaders = 0;
    for (double zoom = 7; zoom <= 11; zoom += 0.5) {
      Projection p = Projection.centredOn(48.4, 38.3, zoom, size[0], size[1]);
      checkView(frame, p, size);
      leaders +=
          HeadlessFx.call(() -> LabelPlacer.place(frame.set(), p, size[0], size[1], 7, null))
              .stream()
              .filter(l -> l.leader() != null)
              .count();
    }
    assertTrue(leaders > 0, "some names stand off their marker on a leader line");
  }

  @Test
  void theMainCitiesKeepTheirNamesInTheZoomedOutView() throws Exception {
    PlaceSet set = PlaceSet.of(bundled);
    Projection p = Projection.centredOn(48.45, 38.45, 7.4, 890, 670);
    Set<String> named =
        HeadlessFx.call(() -> LabelPlacer.place(set, p, 890, 670, -1, null)).stream()
            .map(l -> bundled.index().place(l.i()).id())
            .collect(Collectors.toSet());
    for (String city :
        List.of("donetsk", "luhansk", "mariupol", "kramatorsk", "sloviansk", "horlivka")) {
      assertTrue(named.contains(city), city + " is named: " + named);
    }
  }

  private static int checkView(PlaceFrame frame, Projection p, double[] size) throws Exception {
    return HeadlessFx.call(
        () -> {
          List<String> wrong = new ArrayList<>();
          List<PlacedLabel> labels =
              LabelPlacer.place(frame.set(), p, size[0], size[1], frame.selected(), null);
          for (PlacedLabel label : labels) {
            int tied = LabelReading.tiedPlace(frame, p, size[0], size[1], label);
            if (tied != label.i()) {
              wrong.add(
                  name(frame, label.i())
                      + " reads as "
                      + (tied < 0 ? "two places" : name(frame, tied)));
            }
          }
          assertEquals(List.of(), wrong, "zoom " + p.zoom() + ", " + size[0] + "×" + size[1]);
          return labels.size();
        });
  }

  private static String name(PlaceFrame frame, int i) {
    return frame.set().index().place(i).name();
  }
}
