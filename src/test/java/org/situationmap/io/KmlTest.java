package org.situationmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.domain.Place;
import org.situationmap.domain.Situation;

/** KML and KMZ: the bundled layer's histories round-trip; foreign and hostile files are safe. */
class KmlTest {
  @TempDir Path dir;

  private static Situation bundled() throws Exception {
    return new SituationReader()
        .read(Path.of("data", "donbas.geojson"), ReadMonitor.NONE)
        .situation();
  }

  private static void assertSameHistories(Situation original, Situation back) {
    Map<String, Place> byId =
        back.places().stream().collect(Collectors.toMap(Place::id, Function.identity()));
    assertEquals(original.places().size(), byId.size());
    for (Place p : original.places()) {
      Place q = byId.get(p.id());
      assertEquals(p.name(), q.name(), p.id());
      assertEquals(p.location(), q.location(), p.id());
      assertEquals(p.kind(), q.kind(), p.id());
      assertEquals(p.admin1(), q.admin1(), p.id());
      assertEquals(p.names().uk(), q.names().uk(), p.id());
      assertEquals(p.control(), q.control(), p.id());
    }
  }

  @Test
  void theBundledLayerRoundTripsThroughKmlAndKmz() throws Exception {
    Situation original = bundled();
    for (LayerFormat format : LayerFormats.standard().all()) {
      if (!format.name().startsWith("KM")) {
        continue;
      }
      Path file = dir.resolve("donbas." + format.extensions().get(0));
      format.writer().write(original, file);
      ReadResult back = LayerFormats.standard().read(file);
      assertEquals(List.of(), back.problems(), format.name());
      assertSameHistories(original, back.situation());
    }
    String kml = Files.readString(dir.resolve("donbas.kml"));
    assertTrue(kml.contains("<TimeSpan><begin>2022-06-25</begin>"), "time spans for the slider");
    assertTrue(kml.contains("<styleUrl>#russia</styleUrl>"));
  }

  @Test
  void aForeignKmlLoadsItsPointsAndSaysWhatItLeftOut() throws Exception {
    Path file = dir.resolve("foreign.kml");
    Files.writeString(
        file,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Field notes</name>
        <Placemark><name>Hill 214</name><TimeStamp><when>2023-05-01</when></TimeStamp>
          <styleUrl>#russia</styleUrl><Point><coordinates>37.9,48.6,0</coordinates></Point>
        </Placemark>
        <Placemark><name>Area</name>
          <Polygon><outerBoundaryIs><LinearRing><coordinates>37,48 38,48 38,49 37,48</coordinates>
          </LinearRing></outerBoundaryIs></Polygon></Placemark>
        </Document></kml>
        """);
    ReadResult r = new KmlReader().read(file, ReadMonitor.NONE);
    assertEquals("Field notes", r.situation().meta().title());
    assertEquals(1, r.situation().places().size());
    Place hill = r.situation().places().get(0);
    assertEquals("hill-214", hill.id());
    assertTrue(hill.control().isEmpty(), "no source, no entry");
    List<String> problems = r.problems().stream().map(Problem::format).toList();
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("foreign.kml:3:"), problems.get(0));
    assertTrue(problems.get(0).contains("has no source"), problems.get(0));
    assertTrue(problems.get(1).startsWith("foreign.kml:6:"), problems.get(1));
    assertTrue(problems.get(1).contains("Polygon placemarks are not read"), problems.get(1));
  }

  @Test
  void aKmlWithAnExternalEntityIsRefusedWithoutReadingIt() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    Path file = dir.resolve("xxe.kml");
    Files.writeString(
        file,
        "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Placemark>"
            + "<name>&x;</name><Point><coordinates>38,48</coordinates></Point></Placemark>"
            + "</Document></kml>\n");
    SituationReadException e =
        assertThrows(
            SituationReadException.class, () -> new KmlReader().read(file, ReadMonitor.NONE));
    assertTrue(e.getMessage().startsWith("xxe.kml:"), e.getMessage());
    assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
  }
}
