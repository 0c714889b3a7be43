package org.situationmap.ui.notes;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which source addresses may be opened in the system browser: absolute {@code http} or {@code
 * https} URLs with a host, and nothing else ({@code javascript:}, {@code file:}, {@code ftp:},
 * {@code data:}, relative paths, text with spaces or control characters are shown as plain text
 * only). Thread-safe.
 */
public final class LinkPolicy {
  private LinkPolicy() {}

  /** Whether {@code url} may be offered as a link. */
  public static boolean isOpenable(String url) {
    if (url == null || url.isEmpty() || url.length() > 2048) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)) {
        return false;
      }
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (scheme == null || uri.isOpaque()) {
        return false;
      }
      String s = scheme.toLowerCase(Locale.ROOT);
      return (s.equals("http") || s.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
