package org.situationmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.situationmap.domain.Place;

/**
 * Coverage-guided fuzzing of {@link SituationReader} with Jazzer, seeded from the bad-input corpus
 * ({@code src/test/resources/io/bad/}) and the other reader fixtures.
 *
 * <p>In a normal test run both methods only replay the seeds and any saved findings (regression
 * mode). With {@code JAZZER_FUZZ=1} the selected method fuzzes: {@link #fuzzRead} for 60 s (CI,
 * {@code .ci/run}), {@link #fuzzReadLong} for 10 minutes ({@code mvn -Pfuzz test}). See {@code
 * docs/reliability.md}.
 *
 * <p>The oracle: a read either returns a result or throws {@link SituationReadException} with a
 * positioned fatal problem, nothing else (no runtime exception, no stack overflow); and whatever
 * loads can be written and read back to the same places without errors.
 */
class SituationReaderFuzzTest {

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "60s")
  void fuzzRead(byte[] input) {
    check(input);
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "10m")
  void fuzzReadLong(byte[] input) {
    check(input);
  }

  static Stream<Arguments> seeds() throws IOException {
    Path io = Fixtures.file("valid.geojson").getParent();
    try (Stream<Path> top = Files.list(io);
        Stream<Path> bad = Files.list(io.resolve("bad"))) {
      return Stream.concat(top, bad)
          .filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().endsWith(".txt"))
          .filter(p -> size(p) <= 64 * 1024)
          .sorted()
          .map(p -> Arguments.of((Object) read(p)))
          .toList()
          .stream();
    }
  }

  static void check(byte[] input) {
    ReadResult result;
    try {
      result = new SituationReader().read(new ByteArrayInputStream(input), "fuzz.geojson");
    } catch (SituationReadException e) {
      Problem p = e.problem();
      assertEquals(Severity.FATAL, p.severity());
      assertTrue(!p.message().isBlank(), "a fatal problem has a message");
      return;
    }
    for (Problem p : result.problems()) {
      assertTrue(p.severity() != Severity.FATAL, "fatal problems are thrown, not listed");
      assertTrue(
          Fixtures.line(p) >= 1 && Fixtures.column(p) >= 1, () -> "problem without position: " + p);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new SituationWriter().write(result.situation(), out);
      ReadResult again =
          new SituationReader().read(new ByteArrayInputStream(out.toByteArray()), "again");
      assertEquals(0, again.count(Severity.ERROR), () -> "written file has errors: " + again);
      assertEquals(ids(result.situation().places()), ids(again.situation().places()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SituationReadException e) {
      throw new AssertionError("a written file cannot be read: " + e.getMessage(), e);
    }
  }

  private static List<String> ids(List<Place> places) {
    return places.stream().map(Place::id).toList();
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
