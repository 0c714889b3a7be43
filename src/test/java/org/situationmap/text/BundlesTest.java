package org.situationmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle is listed in {@link Languages#ALL} and the other way round, and every translation
 * has exactly the base bundle's keys and placeholders with the plural forms its language needs — so
 * a new language's bundle is checked as soon as its file exists.
 */
class BundlesTest {
  private static final Pattern FILE = Pattern.compile("messages(?:_([A-Za-z0-9_]+))?\\.properties");

  @Test
  void everyBundleIsAListedLanguageAndEveryLanguageHasABundle() throws Exception {
    Map<Locale, Path> files = bundleFiles();
    assertEquals(
        new TreeSet<>(Languages.ALL.stream().map(Locale::toLanguageTag).toList()),
        new TreeSet<>(files.keySet().stream().map(Locale::toLanguageTag).toList()));
  }

  @Test
  void everyBundleHasTheBaseKeysPlaceholdersAndPluralForms() throws Exception {
    Map<Locale, Path> files = bundleFiles();
    Map<String, String> base = read(files.get(Languages.BASE));
    assertTrue(base.size() > 20, "the base bundle has the app's messages");
    for (Map.Entry<Locale, Path> e : files.entrySet()) {
      assertEquals(
          List.of(),
          BundleCheck.problems(base, read(e.getValue()), e.getKey()),
          e.getKey() + " bundle");
    }
  }

  @Test
  void aBundleMissingAKeyAPlaceholderOrAPluralFormIsCaught() {
    Map<String, String> base =
        Map.of(
            "a", "{count, plural, one {# place} other {# places}}",
            "b", "Opened {file}",
            "c", "{date,date,d MMMM y}");
    Locale uk = Locale.forLanguageTag("uk");
    Map<String, String> good =
        Map.of(
            "a", "{count, plural, one {# місце} few {# місця} many {# місць} other {# місця}}",
            "b", "Відкрито {file}",
            "c", "{date,date,d MMMM y}");
    assertEquals(List.of(), BundleCheck.problems(base, good, uk));
    Map<String, String> bad =
        Map.of(
            "a", "{count, plural, one {# місце} other {# місця}}",
            "b", "Відкрито {name}",
            "x", "зайве");
    List<String> problems = BundleCheck.problems(base, bad, uk);
    assertEquals(4, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("c: missing"), problems.toString());
    assertTrue(problems.get(1).startsWith("a: plural forms [one, other]"), problems.toString());
    assertTrue(problems.get(2).startsWith("b: placeholders {name=plain}"), problems.toString());
    assertTrue(problems.get(3).startsWith("x: not in the base"), problems.toString());
  }

  @Test
  void aBrokenPatternOrAFormTheLanguageLacksIsCaught() {
    Map<String, String> base = Map.of("a", "{n, plural, one {# day} other {# days}}");
    assertEquals(List.of(), BundleCheck.problems(base, base, Locale.ENGLISH));
    assertEquals(
        List.of("a: plural forms [few, one, other], en needs [one, other]"),
        BundleCheck.problems(
            base,
            Map.of("a", "{n, plural, one {# day} few {# days} other {# days}}"),
            Locale.ENGLISH));
    assertTrue(
        BundleCheck.problems(base, Map.of("a", "{n, plural, one {# day}"), Locale.ENGLISH)
            .get(0)
            .startsWith("a: not an ICU message pattern"));
  }

  /** Each bundle file next to the base bundle, by language (the base file is the base language). */
  static Map<Locale, Path> bundleFiles() throws IOException, URISyntaxException {
    Path dir =
        Path.of(Messages.class.getResource("/org/situationmap/text/messages.properties").toURI())
            .getParent();
    Map<Locale, Path> files =
        new TreeMap<>((a, b) -> a.toLanguageTag().compareTo(b.toLanguageTag()));
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.toList()) {
        Matcher m = FILE.matcher(p.getFileName().toString());
        if (m.matches()) {
          files.put(
              m.group(1) == null
                  ? Languages.BASE
                  : Locale.forLanguageTag(m.group(1).replace('_', '-')),
              p);
        }
      }
    }
    return files;
  }

  static Map<String, String> read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, String> map = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
    return map;
  }
}
