package org.situationmap.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses from data may be opened in a browser. Only plain {@code http} and {@code https}
 * URLs with an ASCII host, no user info ({@code https://trusted.org@evil.example/}) and no
 * whitespace, control or invisible formatting characters (e.g. right-to-left overrides) are
 * openable; everything else ({@code javascript:}, {@code file:}, {@code data:}, …) must be shown as
 * plain text only. Views that open links must also show the full URL first (see {@code
 * docs/reliability.md}). No JavaFX. Thread-safe (stateless).
 */
public final class UrlPolicy {
  /** Longest URL that is opened. */
  public static final int MAX_LENGTH = 2048;

  private UrlPolicy() {}

  /** Whether {@code text} may be opened in a browser (after showing it in full). */
  public static boolean isOpenable(String text) {
    return openable(text).isPresent();
  }

  /** The URI to open, or empty when {@code text} must be shown as text only. */
  public static Optional<URI> openable(String text) {
    if (text == null || text.isEmpty() || text.length() > MAX_LENGTH || hasUnsafeChar(text)) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme();
    if (scheme == null || uri.isOpaque()) {
      return Optional.empty();
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    if (!lower.equals("http") && !lower.equals("https")) {
      return Optional.empty();
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty() || uri.getRawUserInfo() != null || !isAsciiHost(host)) {
      return Optional.empty();
    }
    return Optional.of(uri);
  }

  private static boolean hasUnsafeChar(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= 0x20
          || c == 0x7F
          || c == '\\'
          || Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || Character.getType(c) == Character.FORMAT
          || Character.getType(c) == Character.CONTROL
          || Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiHost(String host) {
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '-'
              || c == '['
              || c == ']'
              || c == ':';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
