package org.situationmap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.situationmap.generate.GeneratorSpec;
import org.situationmap.generate.SituationGenerator;

/**
 * Generated layers shared by the benchmarks, cached under {@code target/bench-data} (or {@code
 * -Dbench.data=DIR}): {@code places} places with 4 control entries each and 10 notes per place on
 * average, seed 1.
 */
final class BenchData {
  static final int CHANGES_PER_PLACE = 4;
  static final int NOTES_PER_PLACE = 10;

  private BenchData() {}

  static synchronized Path layer(int places, int notesPerPlace) {
    Path dir = Path.of(System.getProperty("bench.data", "target/bench-data"));
    Path file = dir.resolve("p" + places + "-n" + notesPerPlace + ".geojson");
    try {
      if (!Files.isRegularFile(file)) {
        Files.createDirectories(dir);
        Path temp = dir.resolve(file.getFileName() + ".tmp");
        new SituationGenerator()
            .write(
                new GeneratorSpec(places, CHANGES_PER_PLACE, places * notesPerPlace, 1), temp);
        Files.move(temp, file);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path layer(int places) {
    return layer(places, NOTES_PER_PLACE);
  }

  static double megabytes(Path file) {
    try {
      return Files.size(file) / 1e6;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
