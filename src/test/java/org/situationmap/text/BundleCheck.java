package org.situationmap.text;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a translation against the base bundle: the same keys, and in every message the same
 * placeholders (name and kind: plain, number, date, plural, select…), a valid ICU pattern, and
 * plural forms for exactly the categories the language's plural rules have (Ukrainian: one, few,
 * many, other; English: one, other).
 */
final class BundleCheck {
  private BundleCheck() {}

  /** The problems of {@code bundle} (in {@code language}) against {@code base}; empty when none. */
  static List<String> problems(
      Map<String, String> base, Map<String, String> bundle, Locale language) {
    List<String> problems = new ArrayList<>();
    for (String key : new TreeSet<>(base.keySet())) {
      if (!bundle.containsKey(key)) {
        problems.add(key + ": missing");
      }
    }
    Set<String> categories = PluralRules.forLocale(ULocale.forLocale(language)).getKeywords();
    for (Map.Entry<String, String> e : new TreeMap<>(bundle).entrySet()) {
      String key = e.getKey();
      if (!base.containsKey(key)) {
        problems.add(key + ": not in the base bundle");
        continue;
      }
      try {
        Map<String, String> expected = placeholders(base.get(key));
        Map<String, String> actual = placeholders(e.getValue());
        if (!expected.equals(actual)) {
          problems.add(key + ": placeholders " + actual + ", the base has " + expected);
        }
        for (Set<String> forms : pluralForms(e.getValue())) {
          if (!forms.equals(categories)) {
            problems.add(
                key + ": plural forms " + forms + ", " + language + " needs " + categories);
          }
        }
      } catch (IllegalArgumentException ex) {
        problems.add(key + ": not an ICU message pattern: " + ex.getMessage());
      }
    }
    return problems;
  }

  /** Each placeholder's name and kind ("plain", "number", "date", "plural", "select"…). */
  static Map<String, String> placeholders(String pattern) {
    MessagePattern mp = new MessagePattern(pattern);
    Map<String, String> found = new TreeMap<>();
    for (int i = 0; i < mp.countParts(); i++) {
      MessagePattern.Part part = mp.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_START) {
        MessagePattern.Part name = mp.getPart(i + 1);
        String kind =
            switch (part.getArgType()) {
              case NONE -> "plain";
              case SIMPLE -> mp.getSubstring(mp.getPart(i + 2)).strip();
              case PLURAL -> "plural";
              case SELECTORDINAL -> "selectordinal";
              case SELECT -> "select";
              case CHOICE -> "choice";
            };
        String previous = found.put(mp.getSubstring(name), kind);
        if (previous != null && !previous.equals(kind)) {
          throw new IllegalArgumentException(mp.getSubstring(name) + " is used as two kinds");
        }
      }
    }
    return found;
  }

  /** The keyword selectors of every plural in a pattern ({@code =N} selectors left out). */
  static List<Set<String>> pluralForms(String pattern) {
    MessagePattern mp = new MessagePattern(pattern);
    List<Set<String>> all = new ArrayList<>();
    for (int i = 0; i < mp.countParts(); i++) {
      MessagePattern.Part part = mp.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_START
          && part.getArgType() == MessagePattern.ArgType.PLURAL) {
        Set<String> forms = new TreeSet<>();
        int limit = mp.getLimitPartIndex(i);
        for (int j = i + 1; j < limit; j++) {
          MessagePattern.Part p = mp.getPart(j);
          if (p.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
            String selector = mp.getSubstring(p);
            if (!selector.startsWith("=")) {
              forms.add(selector);
            }
            j = mp.getLimitPartIndex(j + 1); // skip the sub-message
          }
        }
        all.add(forms);
      }
    }
    return all;
  }
}
