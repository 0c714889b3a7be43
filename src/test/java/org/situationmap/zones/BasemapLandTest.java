package org.situationmap.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.situationmap.io.basemap.Basemap;

/** The bundled basemap's oblasts as land: areas near the official figures. */
class BasemapLandTest {
  @Test
  void donetskAndLuhanskOblastsHaveAboutTheirOfficialAreas() throws Exception {
    List<LandRegion> regions = BasemapLand.regions(Basemap.loadBundled());
    assertEquals(
        List.of("Donetsk Oblast", "Luhansk Oblast"),
        regions.stream().map(LandRegion::name).toList());
    // State Statistics Service of Ukraine: 26,517 km² and 26,684 km². The basemap's generalised
    // Natural Earth outlines may differ by a few per cent.
    assertEquals(26_517, regions.get(0).km2(), 26_517 * 0.05);
    assertEquals(26_684, regions.get(1).km2(), 26_684 * 0.05);
  }
}
