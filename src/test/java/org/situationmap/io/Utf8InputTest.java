package org.situationmap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reader parses bytes and reports columns in characters: positions far into a long line, after
 * non-ASCII text and past the bytes kept in memory, must still be the character columns a reader of
 * the text would count; malformed bytes anywhere are found exactly where Java's decoder finds them.
 */
class Utf8InputTest {
  /** One feature with non-ASCII text (Cyrillic, an emoji: two UTF-16 units) of about 1.3 KB. */
  private static String feature(int i, String status) {
    return "{\"type\":\"Feature\",\"id\":\"p"
        + i
        + "\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[38,48]},\"properties\":"
        + "{\"name\":\"Бахмут "
        + i
        + "\",\"control\":[{\"from\":\"2022-05-01\",\"status\":\""
        + status
        + "\",\"sources\":[{\"publisher\":\"ISW\",\"date\":\"2022-05-01\"}]}],"
        + "\"notes\":[{\"date\":\"2022-05-02\",\"text\":\""
        + "Бої тривають 😀 ".repeat(60)
        + "\",\"sources\":[{\"publisher\":\"Укрінформ\",\"date\":\"2022-05-02\"}]}]}}";
  }

  /** A minified file (one line) of {@code n} features; feature {@code bad} has a bad status. */
  private static String minified(int n, int bad) {
    StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append(feature(i, i == bad ? "bogus" : "ukraine"));
    }
    return json.append("]}").toString();
  }

  private static ReadResult read(String json) throws SituationReadException {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static ReadResult read(byte[] bytes) throws SituationReadException {
    return new SituationReader().read(new ByteArrayInputStream(bytes), "t.json");
  }

  @Test
  void columnFarIntoAMinifiedLineCountsCharacters() throws Exception {
    String json = minified(400, 350); // about 500 KB on one line; the problem is 440 KB in
    List<Problem> problems = read(json).problems();
    assertEquals(1, problems.size(), problems.toString());
    Problem p = problems.get(0);
    assertEquals(1, Fixtures.line(p));
    assertEquals(json.indexOf("\"bogus\"") + 1, Fixtures.column(p));
    assertEquals("/features/350/properties/control/0/status", Fixtures.pointer(p));
  }

  @Test
  void reportsMadeAfterTheFeatureKeepCharacterColumns() throws Exception {
    // The missing id is reported after all features are read, at the first one's start.
    String json = minified(300, -1).replace("\"id\":\"p250\",", "");
    List<Problem> problems = read(json).problems();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(
        json.indexOf("{\"type\":\"Feature\",\"geometry\"") + 1, Fixtures.column(problems.get(0)));
  }

  @Test
  void columnsOnLaterLinesStartFromTheLineBreak() throws Exception {
    String json =
        minified(200, 150)
            .replace(
                ",{\"type\":\"Feature\",\"id\":\"p150\"",
                ",\r\n{\"type\":\"Feature\",\"id\":\"p150\"");
    Problem p = read(json).problems().get(0);
    assertEquals(2, Fixtures.line(p));
    int lineStart = json.indexOf("\r\n") + 2;
    assertEquals(json.indexOf("\"bogus\"") - lineStart + 1, Fixtures.column(p));
  }

  @Test
  void duplicateMemberFarInIsPlacedLikeJacksonOverCharacters() throws Exception {
    String json =
        minified(300, -1)
            .replace("\"name\":\"Бахмут 280\"", "\"name\":\"Бахмут 280\",\"name\":\"x\"");
    SituationReadException e = assertThrows(SituationReadException.class, () -> read(json));
    JsonParseException jackson = assertThrows(JsonParseException.class, () -> strict(json));
    assertEquals(jackson.getLocation().getLineNr(), Fixtures.line(e.problem()));
    assertEquals(jackson.getLocation().getColumnNr(), Fixtures.column(e.problem()));
  }

  @Test
  void malformedBytesFarInArePlacedByCharacters() throws Exception {
    String json = minified(300, -1);
    String before = json.substring(0, json.indexOf("Бахмут 290") + 3);
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] tail = json.substring(before.length()).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC0; // never valid in UTF-8
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);

    Problem p = assertThrows(SituationReadException.class, () -> read(bytes)).problem();
    assertEquals(1, Fixtures.line(p));
    assertEquals(before.length() + 1, Fixtures.column(p));
    assertEquals(
        "the file is not UTF-8 text: invalid bytes at byte offset " + head.length, p.message());
  }

  @Test
  void multiByteCharactersSplitAcrossReadsAreWellFormed() throws Exception {
    // Every chunk boundary falls somewhere inside 2-, 3- and 4-byte characters in 500 KB.
    assertEquals(500, read(minified(500, -1)).situation().places().size());
  }

  /** One feature over {@link Utf8Input#MAX_KEEP}: 40 notes of 500,000 characters. */
  private static String hugeFeature(String between, String status) {
    String text = "Бої тривають ".repeat(500_000 / 13);
    StringBuilder json =
        new StringBuilder(
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"big\","
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[38,48]},\"properties\":"
                + "{\"name\":\"Бахмут\",\"notes\":[");
    for (int k = 0; k < 40; k++) {
      json.append(k == 0 ? "" : ",")
          .append(between)
          .append("{\"date\":\"2022-05-02\",\"text\":\"")
          .append(text)
          .append("\",\"sources\":[{\"publisher\":\"Укрінформ\",\"date\":\"2022-05-02\"}]}");
    }
    return json.append("],")
        .append(between)
        .append("\"control\":[{\"from\":\"2022-05-01\",")
        .append("\"status\":\"")
        .append(status)
        .append("\",\"sources\":[{\"publisher\":\"ISW\",\"date\":\"2022-05-01\"}]}]}}]}")
        .toString();
  }

  @Test
  void aFeatureLargerThanTheBytesKeptStillGetsCharacterColumns() throws Exception {
    String json = hugeFeature("", "bogus"); // one line of about 26 MB
    Problem p = read(json).problems().get(0);
    assertEquals(1, Fixtures.line(p));
    assertEquals(json.indexOf("\"bogus\"") + 1, Fixtures.column(p));
  }

  @Test
  void linesAreCountedAcrossTheBytesDroppedFromAHugeFeature() throws Exception {
    String json = hugeFeature("\n", "ukraine");
    int at = json.lastIndexOf("ISW");
    byte[] head = json.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = json.substring(at).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xFF; // never valid in UTF-8
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);

    Problem p = assertThrows(SituationReadException.class, () -> read(bytes)).problem();
    String before = json.substring(0, at);
    assertEquals(before.split("\n", -1).length, Fixtures.line(p));
    assertEquals(at - before.lastIndexOf('\n'), Fixtures.column(p));
  }

  @Test
  void checkAgreesWithJavasDecoder() {
    Random random = new Random(7);
    byte[][] pieces = {
      "a".getBytes(StandardCharsets.UTF_8),
      "ж".getBytes(StandardCharsets.UTF_8),
      "€".getBytes(StandardCharsets.UTF_8),
      "😀".getBytes(StandardCharsets.UTF_8),
      "abcdefghij".getBytes(StandardCharsets.UTF_8),
    };
    for (int round = 0; round < 20_000; round++) {
      ByteBuffer b = ByteBuffer.allocate(64);
      while (b.remaining() > 4) {
        if (random.nextInt(20) == 0) {
          b.put((byte) random.nextInt(256));
        } else {
          byte[] piece = pieces[random.nextInt(pieces.length)];
          if (piece.length > b.remaining()) {
            break;
          }
          b.put(piece);
        }
      }
      byte[] bytes = java.util.Arrays.copyOf(b.array(), b.position());
      int expected = firstMalformed(bytes);
      int actual = Utf8Check.validUntil(bytes, 0, bytes.length);
      if (expected < 0) {
        // Well formed, or cut short at the end: the check stops before the cut character.
        int end = actual;
        assertEquals(bytes.length, end >= 0 ? completeEnd(bytes, end) : -1, hex(bytes));
      } else {
        assertEquals(-(expected + 1), actual, hex(bytes));
      }
    }
  }

  /**
   * The first malformed byte per Java's decoder, or -1 (a sequence cut by the end counts as -1).
   */
  private static int firstMalformed(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length * 2);
    var result = decoder.decode(in, out, false);
    return result.isError() ? in.position() : -1;
  }

  /** {@code end} when the bytes after it are the start of a character cut short, else -1. */
  private static int completeEnd(byte[] bytes, int end) {
    if (end == bytes.length) {
      return end;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, end));
    } catch (CharacterCodingException e) {
      return -1;
    }
    return bytes.length - end < 4 ? bytes.length : -1;
  }

  private static String hex(byte[] bytes) {
    StringBuilder s = new StringBuilder();
    for (byte x : bytes) {
      s.append(String.format("%02x ", x));
    }
    return s.toString();
  }

  private static void strict(String json) throws Exception {
    try (JsonParser parser = JsonFactories.FACTORY.createParser(new StringReader(json))) {
      while (parser.nextToken() != null) {
        // read to the end or the duplicate
      }
    }
  }
}
