package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The browser answers whether its opener could show the link. */
class SystemBrowserTest {
  private static boolean browse(List<String> opener) throws Exception {
    return new SystemBrowser(opener)
        .browse("https://example.org/")
        .toCompletableFuture()
        .get(30, TimeUnit.SECONDS);
  }

  @Test
  void aMissingOpenerIsNoBrowser() throws Exception {
    assertFalse(browse(List.of("situation-map-test-no-such-opener")));
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void anOpenerThatFailsIsNoBrowserAndOneThatSucceedsIs() throws Exception {
    assertFalse(browse(List.of("sh", "-c", "exit 3", "opener")));
    assertTrue(browse(List.of("sh", "-c", "exit 0", "opener")));
  }
}
