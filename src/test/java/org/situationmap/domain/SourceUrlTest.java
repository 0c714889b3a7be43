package org.situationmap.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick path of {@link Source#isHttpUrl} never says yes where {@link URI} says no. */
class SourceUrlTest {
  private static final String[] PREFIXES = {
    "http://", "https://", "HTTP://", "https:/", "ftp://", "https://user@", "http://[::1]"
  };
  private static final String ALPHABET = "abcXYZ019-._~/:?#@%!$&'()*+,;= \\\"<>^`{|}Щ";

  @Test
  void agreesWithTheUriParser() {
    Random random = new Random(3);
    int plain = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder(PREFIXES[random.nextInt(PREFIXES.length)]);
      int length = random.nextInt(16);
      for (int i = 0; i < length; i++) {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String text = b.toString();
      boolean expected = Source.isHttpUrlByUri(text);
      if (Source.isPlainHttpUrl(text)) {
        plain++;
        assertTrue(expected, () -> "quick yes but URI says no: " + text);
      }
      assertEquals(expected, Source.isHttpUrl(text), text);
    }
    assertTrue(plain > 500, "the quick path was taken " + plain + " times");
    for (String text :
        new String[] {
          "https://example.org/bbc/2022-02-26",
          "http://a",
          "https://a-b.c1/",
          "https://1.2.3.4/x",
          "https://-a.org/",
          "https://a-.org/",
          "https://a..org/",
          "https://a.org./",
          "https://a.1org/",
          "https://a_b.org/"
        }) {
      assertEquals(Source.isHttpUrlByUri(text), Source.isHttpUrl(text), text);
    }
  }
}
