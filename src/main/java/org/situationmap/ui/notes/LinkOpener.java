package org.situationmap.ui.notes;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.situationmap.domain.UrlPolicy;

/**
 * Opens source links safely: only URLs that {@link org.situationmap.domain.UrlPolicy} allows, and
 * only after {@code confirm} (which shows the full URL to the person) says yes. The opener itself
 * (in the app, {@code HostServices::showDocument}) is never called with anything else. FX thread
 * only.
 */
public final class LinkOpener {
  private final Consumer<String> open;
  private final Predicate<String> confirm;

  /**
   * Creates an opener.
   *
   * @param open opens a URL in the system browser
   * @param confirm shows the full URL and returns whether the person wants to open it
   */
  public LinkOpener(Consumer<String> open, Predicate<String> confirm) {
    this.open = Objects.requireNonNull(open, "open");
    this.confirm = Objects.requireNonNull(confirm, "confirm");
  }

  /**
   * Asks and opens; returns whether the URL was handed to the browser. Disallowed URLs are refused
   * without asking.
   */
  public boolean open(String url) {
    if (!UrlPolicy.isOpenable(url) || !confirm.test(url)) {
      return false;
    }
    open.accept(url);
    return true;
  }
}
