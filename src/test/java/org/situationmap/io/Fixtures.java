package org.situationmap.io;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test fixtures of this package: files in {@code src/test/resources/io/} and inline JSON. */
final class Fixtures {
  private Fixtures() {}

  static Path file(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/io/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The problem's line, 0 when it has no position in the text. */
  static int line(Problem problem) {
    return problem.location() instanceof TextLocation at ? at.line() : 0;
  }

  /** The problem's column, 0 when it has no position in the text. */
  static int column(Problem problem) {
    return problem.location() instanceof TextLocation at ? at.column() : 0;
  }

  /** The JSON pointer of the problem's value. */
  static String pointer(Problem problem) {
    return ((TextLocation) problem.location()).path();
  }

  static ReadResult read(String name) throws SituationReadException {
    return new SituationReader().read(file(name));
  }

  static ReadResult readText(String json) throws SituationReadException {
    return readBytes(json.getBytes(StandardCharsets.UTF_8));
  }

  static ReadResult readBytes(byte[] bytes) throws SituationReadException {
    return new SituationReader().read(new ByteArrayInputStream(bytes), "test.geojson");
  }
}
