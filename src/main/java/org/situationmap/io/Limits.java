package org.situationmap.io;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain messages for the reader's limits. Thread-safe (stateless). */
final class Limits {
  private static final Pattern JACKSON =
      Pattern.compile("(\\w[\\w ]*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  private Limits() {}

  /** "too large: …" for a Jackson {@code StreamConstraintsException} message. */
  static String plain(String jacksonMessage) {
    Matcher m = JACKSON.matcher(jacksonMessage == null ? "" : jacksonMessage);
    if (!m.find()) {
      return "too large: " + jacksonMessage;
    }
    String what = m.group(1).toLowerCase(Locale.ROOT);
    String actual = m.group(2);
    String limit = m.group(3);
    if (what.contains("nesting depth")) {
      return "too large: arrays and objects are nested deeper than " + limit + " levels";
    }
    if (what.contains("string value")) {
      return "too large: a text of " + actual + " characters; the limit is " + limit;
    }
    if (what.contains("name")) {
      return "too large: a member name of " + actual + " characters; the limit is " + limit;
    }
    if (what.contains("number")) {
      return "too large: a number of " + actual + " digits; the limit is " + limit;
    }
    if (what.contains("document")) {
      return "too large: the document exceeds " + limit + " characters";
    }
    return "too large: " + what + " " + actual + "; the limit is " + limit;
  }

  /** A byte count for people: "512 bytes", "3.2 MB", "1 GiB" for exact powers of two. */
  static String bytes(long n) {
    if (n >= 1L << 30 && n % (1L << 30) == 0) {
      return (n >> 30) + " GiB";
    }
    if (n >= 1L << 20 && n % (1L << 20) == 0) {
      return (n >> 20) + " MiB";
    }
    if (n >= 1_000_000_000) {
      return String.format(Locale.ROOT, "%.1f GB", n / 1e9);
    }
    if (n >= 1_000_000) {
      return String.format(Locale.ROOT, "%.1f MB", n / 1e6);
    }
    if (n >= 1_000) {
      return String.format(Locale.ROOT, "%.1f kB", n / 1e3);
    }
    return n + (n == 1 ? " byte" : " bytes");
  }
}
