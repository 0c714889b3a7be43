package org.situationmap.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.situationmap.ui.notes.LinkOpener.Outcome.DECLINED;
import static org.situationmap.ui.notes.LinkOpener.Outcome.NO_BROWSER;
import static org.situationmap.ui.notes.LinkOpener.Outcome.OPENED;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.situationmap.domain.UrlPolicy;

class SourceLinkPolicyTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://www.bbc.com/news",
        "http://example.org/a?b=c#d",
        "HTTPS://EXAMPLE.ORG/",
        "https://uk.wikipedia.org/wiki/%D0%91%D0%B0%D1%85%D0%BC%D1%83%D1%82"
      })
  void httpAndHttpsWithAHostAreOpenable(String url) {
    assertTrue(UrlPolicy.isOpenable(url), url);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        " javascript:alert(1)",
        "file:///etc/passwd",
        "file://server/share",
        "ftp://example.org/file",
        "data:text/html,<script>alert(1)</script>",
        "mailto:someone@example.org",
        "http:/no-host",
        "https:example.org",
        "//example.org/path",
        "www.example.org",
        "https://exa mple.org/",
        "https://example.org/\nfile:///etc/passwd",
        "https://example.org/\u0000"
      })
  void everythingElseIsNot(String url) {
    assertFalse(UrlPolicy.isOpenable(url), String.valueOf(url));
  }

  @Test
  void openerAsksFirstAndNeverOpensUnsafeUrls() {
    List<String> opened = new ArrayList<>();
    List<String> asked = new ArrayList<>();
    Browser browser =
        u -> {
          opened.add(u);
          return CompletableFuture.completedFuture(true);
        };
    LinkOpener yes = new LinkOpener(browser, u -> asked.add(u));
    assertEquals(DECLINED, outcome(yes, "javascript:alert(1)"));
    assertEquals(DECLINED, outcome(yes, "file:///etc/passwd"));
    assertEquals(DECLINED, outcome(yes, "ftp://example.org/"));
    assertTrue(asked.isEmpty(), "unsafe URLs are refused without asking");
    assertEquals(OPENED, outcome(yes, "https://www.bbc.com/news"));
    assertEquals(List.of("https://www.bbc.com/news"), asked);
    assertEquals(List.of("https://www.bbc.com/news"), opened);

    LinkOpener no = new LinkOpener(browser, u -> false);
    assertEquals(DECLINED, outcome(no, "https://example.org/"));
    assertEquals(1, opened.size(), "declined URLs are not opened");
  }

  @Test
  void aBrowserThatCannotStartIsReportedAsSuch() {
    LinkOpener opener = new LinkOpener(u -> CompletableFuture.completedFuture(false), u -> true);
    assertEquals(NO_BROWSER, outcome(opener, "https://example.org/"));
  }

  private static LinkOpener.Outcome outcome(LinkOpener opener, String url) {
    return opener.open(url).toCompletableFuture().join();
  }
}
