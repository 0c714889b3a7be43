package org.situationmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader finds duplicate member names itself ({@link MemberNames}) instead of Jackson's strict
 * duplicate detection: it must fail with the same message at the same line, column (in characters)
 * and pointer as Jackson does, wherever the object is — read, kept as an extra, skipped after an
 * error, with escapes and non-ASCII text before it.
 */
class DuplicateMemberTest {
  private static final String HEAD =
      "{\"type\":\"FeatureCollection\",\"features\":[\n"
          + "{\"type\":\"Feature\",\"id\":\"a\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[38,48]},"
          + "\"properties\":{\"name\":\"Бахмут\",";
  private static final String TAIL = "}}\n]}";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"kind\":\"town\",\"kind\":\"city\"",
        "\"names\":{\"uk\":\"Бахмут\",\"uk\":\"x\"}",
        "\"extra\":{\"a\":1,\"b\":[{\"c\":1,\"c\":2}]}",
        "\"extra\":{\"a\":1,\"a\":2}",
        "\"population\":{\"a\":1,\"a\":2}",
        "\"control\":[{\"from\":\"2022-02-24\",\"status\":\"ukraine\",\"from\":\"2022-02-25\"}]",
        "\"notes\":[{\"date\":\"2022-02-24\",\"text\":\"Щось 😀 сталося\",\"sources\":[{\"publisher\":\"A\",\"date\":\"2022-02-24\",\"publisher\":\"B\"}]}]",
        "\"k\\u0069nd\":\"town\",\"kind\":\"city\"",
        "\"kind\":\"town\",\"k\\u0069nd\":\"city\"",
        "\"x\\\"y\":1,\"x\\\"y\":2",
        "\"m1\":1,\"m2\":1,\"m3\":1,\"m4\":1,\"m5\":1,\"m6\":1,\"m7\":1,\"m8\":1,\"m9\":1,\"m10\":1,"
            + "\"m11\":1,\"m12\":1,\"m13\":1,\"m14\":1,\"m7\":2",
      })
  void sameErrorAndPositionAsJackson(String members) throws Exception {
    String json = HEAD + members + TAIL;
    JsonParseException jackson = jacksonStrict(json);

    SituationReadException e =
        assertThrows(
            SituationReadException.class,
            () ->
                new SituationReader()
                    .read(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json"));

    Problem p = e.problem();
    assertEquals(
        "not valid JSON: " + JsonMessages.plain(jackson.getOriginalMessage()), p.message());
    assertEquals(jackson.getLocation().getLineNr(), Fixtures.line(p), "line");
    assertEquals(jackson.getLocation().getColumnNr(), Fixtures.column(p), "column");
    assertEquals(Severity.FATAL, p.severity());
  }

  @Test
  void membersOfSiblingObjectsAreIndependent() throws Exception {
    String json = HEAD + "\"extra\":[{\"a\":1,\"b\":2},{\"a\":1,\"b\":2}]" + TAIL;
    ReadResult result =
        new SituationReader()
            .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
    assertEquals(1, result.situation().places().size());
  }

  @Test
  void memberNamesFindRepeatsPerObjectAndDepth() {
    MemberNames names = new MemberNames(4);
    assertFalse(names.seen(1, 0, "a"));
    assertFalse(names.seen(2, 0, "a"));
    assertFalse(names.seen(1, 1, "b"));
    assertTrue(names.seen(1, 2, "a"));
    assertFalse(names.seen(1, 0, "a"), "a new object at the same depth starts empty");
    for (int i = 1; i < 40; i++) {
      assertFalse(names.seen(1, i, "m" + i));
    }
    assertTrue(names.seen(1, 40, "m3"));
    assertTrue(names.seen(1, 41, "m39"));
    assertTrue(names.seen(1, 42, "a"));
  }

  private static JsonParseException jacksonStrict(String json) throws Exception {
    try (JsonParser parser = JsonFactories.FACTORY.createParser(new StringReader(json))) {
      while (true) {
        try {
          if (parser.nextToken() == null) {
            throw new AssertionError("Jackson found no duplicate in " + json);
          }
        } catch (JsonParseException e) {
          return e;
        }
      }
    }
  }
}
