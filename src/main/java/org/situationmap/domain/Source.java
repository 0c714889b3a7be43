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
    return isPlainHttpUrl(text) || isHttpUrlByUri(text);
  }

  /** The full answer of {@link #isHttpUrl}, by {@link java.net.URI}'s parser. */
  static boolean isHttpUrlByUri(String text) {
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

  /**
   * A quick yes for the common case, the same answer {@link java.net.URI} gives: {@code http://} or
   * {@code https://}, a host name of letters, digits and inner hyphens whose last label starts with
   * a letter, then nothing or a path of letters, digits and {@code -._~/}. Anything else is left to
   * the URI parser.
   */
  static boolean isPlainHttpUrl(String text) {
    int start;
    if (text.startsWith("https://")) {
      start = 8;
    } else if (text.startsWith("http://")) {
      start = 7;
    } else {
      return false;
    }
    int n = text.length();
    int i = start;
    int labelStart = i;
    while (true) {
      int j = i;
      while (j < n && isAlphanumeric(text.charAt(j)) || j < n && text.charAt(j) == '-') {
        j++;
      }
      if (j == i || text.charAt(i) == '-' || text.charAt(j - 1) == '-') {
        return false;
      }
      labelStart = i;
      i = j;
      if (i < n && text.charAt(i) == '.') {
        i++;
        continue;
      }
      break;
    }
    char first = text.charAt(labelStart);
    if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (text.charAt(i) != '/') {
      return false;
    }
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (!(isAlphanumeric(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
