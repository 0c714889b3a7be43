package org.situationmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.situationmap.layer.Layer;

class GenerateCommandTest {
  @TempDir Path dir;

  @Test
  void writesAFileThatValidates() {
    Path out = dir.resolve("synthetic.geojson");
    CommandRun run =
        CommandRun.of(
            new GenerateCommand(),
            "--places",
            "200",
            "--changes-per-place",
            "3",
            "--notes",
            "400",
            "--seed",
            "5",
            "--out",
            out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.isRegularFile(out));
    CommandRun validate = CommandRun.of(new ValidateCommand(), out.toString());
    assertEquals(ValidateCommand.VALID, validate.exitCode(), validate.out());
  }

  @Test
  void saysWhatItWroteAsTheFileReadsBack() throws Exception {
    Path out = dir.resolve("small.geojson");
    CommandRun run =
        CommandRun.of(
            new GenerateCommand(),
            "--places",
            "30",
            "--changes-per-place",
            "2",
            "--notes",
            "7",
            "--seed",
            "3",
            "--out",
            out.toString());

    assertEquals(0, run.exitCode(), run.err());
    Layer layer = Layer.read(out);
    long changes = layer.index().places().stream().mapToLong(p -> p.control().size()).sum();
    long notes = layer.index().places().stream().mapToLong(p -> p.notes().size()).sum();
    assertEquals(
        "wrote "
            + out
            + ": "
            + layer.index().size()
            + " places, "
            + changes
            + " control changes, "
            + notes
            + " notes ("
            + Files.size(out)
            + " bytes)\n",
        run.out());
    assertEquals("", run.err());
  }

  @Test
  void rejectsZeroPlaces() {
    CommandRun run =
        CommandRun.of(new GenerateCommand(), "--places", "0", "--out", dir.resolve("x").toString());
    assertEquals(ValidateCommand.INVALID, run.exitCode());
    assertTrue(run.err().contains("places must be at least 1"), run.err());
  }
}
