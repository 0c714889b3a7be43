package org.situationmap.map.tiles;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a downloaded tile stays fresh, from its HTTP cache headers: {@code Cache-Control:
 * max-age} wins over {@code Expires}; {@code no-cache} means revalidate every time; {@code
 * no-store} means do not keep it; with neither header a tile is fresh for {@link #DEFAULT_MAX_AGE}
 * (the OSM tile usage policy's minimum of 7 days). Thread-safe (stateless).
 */
final class TileCachePolicy {
  static final Duration DEFAULT_MAX_AGE = Duration.ofDays(7);
  private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d+)");

  private TileCachePolicy() {}

  /** When the response stops being fresh; empty when it must not be stored. */
  static Optional<Instant> expiry(HttpHeaders headers, Instant now) {
    String cacheControl =
        String.join(",", headers.allValues("Cache-Control")).toLowerCase(Locale.ROOT);
    if (cacheControl.contains("no-store")) {
      return Optional.empty();
    }
    if (cacheControl.contains("no-cache")) {
      return Optional.of(now);
    }
    Matcher m = MAX_AGE.matcher(cacheControl);
    if (m.find()) {
      long seconds;
      try {
        seconds = Long.parseLong(m.group(1));
      } catch (NumberFormatException e) {
        seconds = Long.MAX_VALUE / 2_000;
      }
      return Optional.of(now.plusSeconds(Math.min(seconds, Duration.ofDays(365).toSeconds())));
    }
    Optional<String> expires = headers.firstValue("Expires");
    if (expires.isPresent()) {
      return Optional.of(httpDate(expires.get()).orElse(now)); // an invalid date means expired
    }
    return Optional.of(now.plus(DEFAULT_MAX_AGE));
  }

  /** An RFC 1123 date, as in {@code Expires} and {@code Last-Modified}. */
  static Optional<Instant> httpDate(String text) {
    try {
      return Optional.of(
          ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
