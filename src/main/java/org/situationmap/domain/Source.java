package org.situationmap.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a statement comes from: a publisher, what they published and when. Immutable and
 * thread-safe.
 *
 * @param publisher who published it, e.g. "ISW"; required, not blank
 * @param title the title of the article or report; {@code null} when not given
 * @param date the publication date; required
 * @param url an http or https address; {@code null} when not given
 * @param extras unknown members of the source object
 */
public record Source(String publisher, String title, LocalDate date, String url, Extras extras) {

  /** Validates the arguments; a blank title or url becomes {@code null}. */
  public Source {
    Validation.requireText(publisher, "publisher");
    title = Validation.blankToNull(title);
    Objects.requireNonNull(date, "date");
    url = Validation.blankToNull(url);
    if (url != null && !isHttpUrl(url)) {
      throw new IllegalArgumentException("expected an http or https URL, got '" + url + "'");
    }
    extras = Validation.extras(extras);
  }

  /** A source without unknown members. */
  public Source(String publisher, String title, LocalDate date, String url) {
    this(publisher, title, date, url, Extras.EMPTY);
  }

  /** Whether {@code text} is an absolute http or https URL with a host. */
  public static boolean isHttpUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.toLowerCase(Locale.ROOT).equals("http")
              || scheme.toLowerCase(Locale.ROOT).equals("https"))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
