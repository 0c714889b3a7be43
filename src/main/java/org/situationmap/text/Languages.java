package org.situationmap.text;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
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

  /** Ukrainian. */
  public static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

  /** Every language with a bundle, the base first. */
  public static final List<Locale> ALL = List.of(BASE, UKRAINIAN);

  private Languages() {}

  /**
   * The name of a language in that language, as a menu item writes it ("English", "Українська"):
   * how a reader finds their own language whatever language the app speaks now.
   */
  public static String ownName(Locale language) {
    ULocale own = ULocale.forLocale(language);
    return LocaleDisplayNames.getInstance(own, DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU)
        .languageDisplayName(own.getLanguage());
  }

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
