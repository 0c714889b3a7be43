package org.situationmap.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.situationmap.domain.Coverage;
import org.situationmap.domain.Extras;
import org.situationmap.domain.GeoPoint;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.domain.PlaceNames;
import org.situationmap.domain.Situation;
import org.situationmap.domain.SituationMeta;
import org.situationmap.io.Problem;
import org.situationmap.io.ReadResult;
import org.situationmap.io.Severity;
import org.situationmap.io.TextLocation;

class LayerTest {
  private static Place place(String id, double lon, double lat) {
    return new Place(
        id,
        id,
        PlaceNames.EMPTY,
        PlaceKind.TOWN,
        null,
        null,
        new GeoPoint(lat, lon),
        List.of(),
        List.of(),
        Extras.EMPTY);
  }

  private static Situation titled(String title) {
    return new Situation(
        new SituationMeta(title, null, LocalDate.of(2024, 5, 1), null, Extras.EMPTY),
        List.of(place("a", 37.5, 48.1), place("b", 39.0, 49.2)),
        Extras.EMPTY);
  }

  @Test
  void titleFallsBackToTheFileNameThenToNone() {
    Path file = Path.of("dir", "front.geojson");
    ReadResult blank = new ReadResult(titled("  "), List.of(), 0);
    assertEquals(
        Optional.of("Kramatorsk"),
        Layer.of(file, new ReadResult(titled("Kramatorsk"), List.of(), 0)).title());
    assertEquals(Optional.of("front.geojson"), Layer.of(file, blank).title());
    assertEquals(Optional.empty(), Layer.of(titled(null)).title());
    assertEquals("front.geojson", Layer.of(file, blank).fileName());
    assertNull(Layer.of(titled(null)).fileName());
    assertEquals(LocalDate.of(2024, 5, 1), Layer.of(titled(null)).updated());
  }

  @Test
  void keepsWhatTheReaderReported() {
    Problem warning =
        new Problem(
            "f.geojson", new TextLocation(3, 7, "/features/0"), "odd", Severity.WARNING, "a");
    Layer layer = Layer.of(Path.of("f.geojson"), new ReadResult(titled(null), List.of(warning), 2));
    assertEquals(List.of(warning), layer.problems());
    assertEquals(2, layer.skipped());
    assertEquals(2, layer.index().size());
    assertEquals(Path.of("f.geojson"), layer.file());
  }

  @Test
  void extentCoversEveryPlaceAndIsNullWithoutPlaces() {
    var extent = Layer.of(titled(null)).extent();
    assertEquals(37.5, extent.getMinX());
    assertEquals(39.0, extent.getMaxX());
    assertEquals(48.1, extent.getMinY());
    assertEquals(49.2, extent.getMaxY());
    assertNull(Layer.of(new Situation(List.of())).extent());
  }

  @Test
  void coverageOfPlacesIsThatOfTheirOblastsInTheCoverageOrder() {
    Coverage.Oblast donetsk = new Coverage.Oblast("Donetsk Oblast", LocalDate.of(2025, 8, 31));
    Coverage.Oblast luhansk = new Coverage.Oblast("Luhansk Oblast", LocalDate.of(2024, 5, 31));
    List<Place> places =
        List.of(
            inOblast("luhansk", "Luhansk Oblast"),
            inOblast("bakhmut", "Donetsk Oblast"),
            inOblast("kharkiv", "Kharkiv Oblast"),
            place("nowhere", 38, 48));
    Layer layer =
        Layer.of(
            new Situation(
                new SituationMeta(
                    null, null, null, null, new Coverage(List.of(donetsk, luhansk)), Extras.EMPTY),
                places,
                Extras.EMPTY));

    assertEquals(List.of(donetsk, luhansk), layer.coverageOfAll());
    assertEquals(List.of(luhansk), layer.coverageOf(new int[] {0, 2, 3}));
    assertEquals(List.of(), layer.coverageOf(new int[] {2, 3}));
    assertEquals(List.of(), Layer.of(new Situation(places)).coverageOfAll(), "none given");
  }

  private static Place inOblast(String id, String admin1) {
    return new Place(
        id,
        id,
        PlaceNames.EMPTY,
        PlaceKind.TOWN,
        admin1,
        null,
        new GeoPoint(48, 38),
        List.of(),
        List.of(),
        Extras.EMPTY);
  }

  @Test
  void aDerivedIndexIsBuiltOncePerLayer() {
    Layer layer = Layer.of(titled(null));
    AtomicInteger builds = new AtomicInteger();
    StringBuilder first = layer.derived(StringBuilder.class, l -> counted(builds, l));
    assertSame(first, layer.derived(StringBuilder.class, l -> counted(builds, l)));
    assertEquals(1, builds.get());
    assertEquals("2 places", first.toString());
    Layer other = Layer.of(titled(null));
    other.derived(StringBuilder.class, l -> counted(builds, l));
    assertEquals(2, builds.get(), "each layer derives its own");
  }

  private static StringBuilder counted(AtomicInteger builds, Layer layer) {
    builds.incrementAndGet();
    return new StringBuilder(layer.index().size() + " places");
  }
}
