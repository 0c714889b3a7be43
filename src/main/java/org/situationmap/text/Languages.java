package org.situationmap.text;

import java.util.List;
import java.util.Locale;

/**
 * The languages the app speaks: one bundle file each. Adding a language means adding its bundle
 * file {@code messages_<tag>.properties} and its entry in {@link #ALL}; a test checks that the two
 * agree and that every bundle has the base bundle's keys and placeholders.
 */
public final class Languages {
  /** The base language: the text of {@code messages.properties}, used where no other fits. */
  public static final Locale BASE = Locale.ENGLISH;

  /** Every language with a bundle, the base first. */
  public static final List<Locale> ALL = List.of(BASE);

  private Languages() {}

  /**
   * The language of {@link #ALL} that serves {@code wanted} (same language subtag), else the base.
   */
  public static Locale pick(Locale wanted) {
    if (wanted != null) {
      for (Locale l : ALL) {
        if (l.getLanguage().equals(wanted.getLanguage())) {
          return l;
        }
      }
    }
    return BASE;
  }
}
