package org.situationmap.app;

import java.util.Locale;
import org.situationmap.ui.common.Settings;

/**
 * The language the app speaks: the preference {@code language} (a BCP 47 tag such as {@code en} or
 * {@code uk}) when set, else the system's; {@link org.situationmap.text.Messages#of} then picks the
 * closest language that has a bundle.
 */
final class AppLanguage {
  /** The preference key. */
  static final String KEY = "language";

  private AppLanguage() {}

  static Locale chosen(Settings settings) {
    return settings
        .get(KEY)
        .map(Locale::forLanguageTag)
        .orElse(Locale.getDefault(Locale.Category.DISPLAY));
  }
}
