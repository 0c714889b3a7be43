package org.situationmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.domain.Situation;
import org.situationmap.generate.GeneratorSpec;
import org.situationmap.generate.SituationGenerator;
import org.situationmap.io.SituationReader;
import org.situationmap.io.SituationWriter;
import org.situationmap.layer.Layer;

/**
 * Random edits saved over the file they were made on keep the file's text around them and read back
 * as the edited layer: the bundled layer (laid out by another program) and a generated one (a
 * feature a line).
 */
class RandomSaveTest {
  @TempDir Path dir;

  @Test
  void theBundledLayer() throws Exception {
    Path file = dir.resolve("donbas.geojson");
    Files.copy(Path.of("data", "donbas.geojson"), file);
    editSaveAndRead(file, 5);
  }

  @Test
  void aGeneratedLayerWithAFeatureALine() throws Exception {
    Path file = dir.resolve("generated.geojson");
    try (OutputStream out = Files.newOutputStream(file)) {
      new SituationGenerator().write(new GeneratorSpec(300, 3, 300, 4), out);
    }
    editSaveAndRead(file, 6);
  }

  private void editSaveAndRead(Path file, long seed) throws Exception {
    LayerDocument document = new LayerDocument(Layer.read(file));
    RandomEdits edits = new RandomEdits(seed);
    SituationWriter writer = new SituationWriter();
    Situation onDisk = document.layer().situation();
    for (int round = 0; round < 12; round++) {
      for (int i = 0; i <= round % 4; i++) {
        document.apply(edits.next(document.layer()));
      }
      Situation edited = document.layer().situation();

      assertTrue(writer.update(onDisk, edited, file), "round " + round);

      assertEquals(edited, new SituationReader().read(file).situation());
      onDisk = edited;
    }
  }
}
