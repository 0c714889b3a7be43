package org.situationmap.generate;

/** A rough Latin-to-Ukrainian-Cyrillic transliteration, enough for synthetic names. */
final class Cyrillic {
  private static final String[][] PAIRS = {
    {"kh", "х"},
    {"zh", "ж"},
    {"ch", "ч"},
    {"sh", "ш"},
    {"ia", "я"},
    {"iu", "ю"},
    {"yi", "ї"},
    {"a", "а"},
    {"b", "б"},
    {"v", "в"},
    {"h", "г"},
    {"d", "д"},
    {"e", "е"},
    {"z", "з"},
    {"y", "и"},
    {"i", "і"},
    {"k", "к"},
    {"l", "л"},
    {"m", "м"},
    {"n", "н"},
    {"o", "о"},
    {"p", "п"},
    {"r", "р"},
    {"s", "с"},
    {"t", "т"},
    {"u", "у"},
    {"f", "ф"},
    {"c", "ц"},
    {" ", " "}
  };

  private Cyrillic() {}

  static String of(String latin) {
    String lower = latin.toLowerCase(java.util.Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    int i = 0;
    while (i < lower.length()) {
      boolean matched = false;
      for (String[] pair : PAIRS) {
        if (lower.startsWith(pair[0], i)) {
          out.append(pair[1]);
          i += pair[0].length();
          matched = true;
          break;
        }
      }
      if (!matched) {
        out.append(lower.charAt(i++));
      }
    }
    out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
    return out.toString();
  }
}
