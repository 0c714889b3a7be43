package org.situationmap.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link UrlPolicy} and {@link MarkdownText}: data never becomes code, markup or a local link. */
class SafeTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment",
        "http://example.org/",
        "HTTPS://EXAMPLE.ORG/a?b=c#d",
        "https://example.org:8443/x",
        "https://xn--80ak6aa92e.com/",
        "https://[2001:db8::1]/"
      })
  void plainWebLinksOpen(String url) {
    assertTrue(UrlPolicy.isOpenable(url), url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "file:///etc/passwd",
        "file://host/share",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.org/x",
        "mailto:a@example.org",
        "//example.org/x",
        "example.org",
        "https://trusted.org@evil.example/",
        "https://user:pw@example.org/",
        "https://example.org/a b",
        " https://example.org/",
        "https://example.org/\n",
        "https://example.org/\u0000",
        "https://example.org/\u202Egpj.exe",
        "https://exa\u200Bmple.org/",
        "https://\u0435xample.org/",
        "https://example.org\\@evil.example/",
        "http:///nohost",
        "https:",
        ""
      })
  void everythingElseIsTextOnly(String url) {
    assertFalse(UrlPolicy.isOpenable(url), url);
  }

  @Test
  void nullAndOverlongAreTextOnly() {
    assertFalse(UrlPolicy.isOpenable(null));
    assertFalse(UrlPolicy.isOpenable("https://example.org/" + "a".repeat(UrlPolicy.MAX_LENGTH)));
  }

  @Test
  void markdownTextCannotBecomeMarkup() {
    assertEquals(
        "\\*\\*bold\\*\\* \\_x\\_ \\[link\\](javascript:alert(1))",
        MarkdownText.inline("**bold** _x_ [link](javascript:alert(1))"));
    assertEquals("\\<script>alert(1)\\</script>", MarkdownText.inline("<script>alert(1)</script>"));
    assertEquals(
        "\\# not a heading - not a list 1. not a list",
        MarkdownText.paragraph("# not a heading\n- not a list\n1. not a list"));
    assertEquals("a \\| b", MarkdownText.inline("a | b"));
    assertEquals("line one line two", MarkdownText.inline("line one\r\nline two"));
    assertEquals("https://example.org", MarkdownText.inline("https://example.org"));
    assertEquals("Сєвєродонецьк", MarkdownText.inline("Сєвєродонецьк"));
    assertEquals("ab", MarkdownText.inline("a\u0007b"));
    assertEquals("", MarkdownText.inline(null));
    assertEquals("", MarkdownText.paragraph(null));
  }
}
