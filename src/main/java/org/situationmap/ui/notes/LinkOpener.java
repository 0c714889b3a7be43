package org.situationmap.ui.notes;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import org.situationmap.domain.UrlPolicy;

/**
 * Opens source links safely: only URLs that {@link org.situationmap.domain.UrlPolicy} allows, and
 * only after {@code confirm} (which shows the full URL to the person) says yes. The browser is
 * never called with anything else. FX thread only.
 */
public final class LinkOpener {
  /** What became of a link. */
  public enum Outcome {
    /** Handed to the browser. */
    OPENED,
    /** Not opened: not an http(s) URL, or the person said no. */
    DECLINED,
    /** The person said yes but no browser could be started. */
    NO_BROWSER
  }

  private final Browser browser;
  private final Predicate<String> confirm;

  /**
   * Creates an opener.
   *
   * @param browser shows a URL in the system browser
   * @param confirm shows the full URL and returns whether the person wants to open it
   */
  public LinkOpener(Browser browser, Predicate<String> confirm) {
    this.browser = Objects.requireNonNull(browser, "browser");
    this.confirm = Objects.requireNonNull(confirm, "confirm");
  }

  /**
   * Asks and opens. Disallowed URLs are declined without asking; the answer comes once the browser
   * has answered (on any thread).
   */
  public CompletionStage<Outcome> open(String url) {
    if (!UrlPolicy.isOpenable(url) || !confirm.test(url)) {
      return CompletableFuture.completedFuture(Outcome.DECLINED);
    }
    return browser.browse(url).thenApply(ok -> ok ? Outcome.OPENED : Outcome.NO_BROWSER);
  }
}
