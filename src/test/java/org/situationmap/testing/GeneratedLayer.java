package org.situationmap.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.situationmap.generate.GeneratorSpec;
import org.situationmap.generate.SituationGenerator;
import org.situationmap.io.SituationReadException;
import org.situationmap.io.SituationReader;
import org.situationmap.timeline.TimelineIndex;

/** Generated layers for tests, written and read back in memory. */
public final class GeneratedLayer {
  private GeneratedLayer() {}

  /** The index of a generated layer: 4 control entries a place, no notes. */
  public static TimelineIndex index(int places, long seed)
      throws IOException, SituationReadException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new SituationGenerator().write(new GeneratorSpec(places, 4, 0, seed), bytes);
    return TimelineIndex.of(
        new SituationReader()
            .read(new ByteArrayInputStream(bytes.toByteArray()), "g.geojson")
            .situation()
            .places());
  }
}
