package org.situationmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.situationmap.generate.GeneratorSpec;
import org.situationmap.generate.SituationGenerator;
import org.situationmap.io.SituationReader;
import org.situationmap.layer.Layer;
import org.situationmap.timeline.TimelineIndex;

/**
 * The index a document hands out after each edit, undo and redo, updated for the touched place
 * alone, answers every query as an index built from scratch on the same places does.
 */
class IncrementalIndexTest {
  private static Layer generated(long seed) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SituationGenerator().write(new GeneratorSpec(400, 4, 1200, seed), out);
    return Layer.of(
        null, new SituationReader().read(new ByteArrayInputStream(out.toByteArray()), "g.geojson"));
  }

  @Test
  void randomEditsUndoAndRedoKeepTheIndexEqualToAFullRebuild() throws Exception {
    for (long seed = 1; seed <= 3; seed++) {
      Layer original = generated(seed);
      LayerDocument document = new LayerDocument(original);
      RandomEdits edits = new RandomEdits(seed);
      SplittableRandom random = new SplittableRandom(seed);
      List<Layer> after = new ArrayList<>();
      for (int step = 0; step < 150; step++) {
        Layer layer = document.apply(edits.next(document.layer())).layer();
        after.add(layer);
        if (step % 10 == 0) {
          check(layer, random);
        }
      }
      for (int step = after.size() - 2; step >= 0; step--) {
        Layer layer = document.undo().orElseThrow().layer();
        assertEquals(after.get(step).situation(), layer.situation());
        if (step % 10 == 0) {
          check(layer, random);
        }
      }
      Layer restored = document.undo().orElseThrow().layer();
      assertEquals(original.situation(), restored.situation());
      check(restored, random);
      for (Layer expected : after) {
        Layer layer = document.redo().orElseThrow().layer();
        assertEquals(expected.situation(), layer.situation());
      }
      check(document.layer(), random);
    }
  }

  private static void check(Layer layer, SplittableRandom random) {
    IndexAgreement.assertAgree(TimelineIndex.of(layer.situation().places()), layer.index(), random);
  }
}
