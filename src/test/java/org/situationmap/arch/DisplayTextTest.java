package org.situationmap.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No words for people in the code of {@code ui}, {@code app} and {@code export}: what they show
 * comes from the bundle ({@code text.Messages}). A string literal there fails the test when it is
 * passed to something people see ({@code new Label(…)}, {@code setText(…)}, {@code fillText(…)}, a
 * dialog's header…), or when it looks like words anywhere else (letters with white space or outside
 * ASCII, or one capitalised word; punctuation and Markdown marks alone are not words) — unless it
 * is on the small allow-list below, which says why each entry is not text for people. Literals
 * passed to loggers, regular expressions, system properties and exceptions that report programming
 * errors are not shown to people and are skipped. Also: every key the code formats is in the base
 * bundle, and every key of the base bundle is used.
 */
class DisplayTextTest {
  private static final Path MAIN = Path.of("src", "main", "java", "org", "situationmap");
  private static final List<String> CHECKED = List.of("ui", "app", "export");
  private static final Path BUNDLE =
      Path.of("src", "main", "resources", "org", "situationmap", "text", "messages.properties");

  /** Calls whose argument (by position) people read. */
  private static final Map<String, Set<Integer>> SHOWN =
      Map.ofEntries(
          Map.entry("Label", Set.of(0)),
          Map.entry("Button", Set.of(0)),
          Map.entry("CheckBox", Set.of(0)),
          Map.entry("RadioButton", Set.of(0)),
          Map.entry("ToggleButton", Set.of(0)),
          Map.entry("MenuItem", Set.of(0)),
          Map.entry("Menu", Set.of(0)),
          Map.entry("RadioMenuItem", Set.of(0)),
          Map.entry("CheckMenuItem", Set.of(0)),
          Map.entry("Tab", Set.of(0)),
          Map.entry("Tooltip", Set.of(0)),
          Map.entry("Hyperlink", Set.of(0)),
          Map.entry("TitledPane", Set.of(0)),
          Map.entry("Text", Set.of(0)),
          Map.entry("ButtonType", Set.of(0)),
          Map.entry("ExtensionFilter", Set.of(0)),
          Map.entry("Alert", Set.of(1)),
          Map.entry("setText", Set.of(0)),
          Map.entry("setTitle", Set.of(0)),
          Map.entry("setHeaderText", Set.of(0)),
          Map.entry("setContentText", Set.of(0)),
          Map.entry("setPromptText", Set.of(0)),
          Map.entry("setMessage", Set.of(0)),
          Map.entry("setFacts", Set.of(0)),
          Map.entry("fillText", Set.of(0)),
          Map.entry("strokeText", Set.of(0)),
          Map.entry("appendText", Set.of(0)),
          Map.entry("show", Set.of(0, 1)),
          Map.entry("update", Set.of(1)),
          Map.entry("wrapped", Set.of(0)),
          Map.entry("section", Set.of(0)),
          Map.entry("check", Set.of(0)),
          Map.entry("println", Set.of(0)));

  /**
   * Calls whose arguments nobody reads in the app: logs, resources, properties, internal errors.
   */
  private static final Set<String> NOT_SHOWN =
      Set.of(
          "getLogger",
          "log",
          "info",
          "warning",
          "fine",
          "finer",
          "severe",
          "config",
          "getResource",
          "getResourceAsStream",
          "getProperty",
          "setProperty",
          "getBoolean",
          "getLong",
          "Thread",
          "IllegalStateException",
          "UncheckedIOException",
          "CancellationException",
          "InterruptedIOException",
          "requireNonNull",
          "compile",
          "setIfAbsent",
          "SuppressWarnings");

  /** Literals that look like words but are not text for people, and why. */
  private static final Map<String, String> ALLOWED =
      Map.of(
          "Title", "a PNG tEXt keyword (PNG specification), read by programs",
          "Date", "a PNG tEXt keyword",
          "Data File", "a PNG tEXt keyword of ours, read by programs",
          "Data Updated", "a PNG tEXt keyword of ours, read by programs",
          "Software", "a PNG tEXt keyword (PNG specification)",
          "Copyright", "a PNG tEXt keyword (PNG specification)",
          "System", "a JavaFX font family name",
          "SituationMap/%s (desktop situation viewer; Java %s)",
              "the User-Agent for tile servers (OpenStreetMap's tile usage policy)",
          "screenshot written to ", "the screenshot hook's line for scripts, outside the app",
          "no PNG writer", "the screenshot hook's failure, logged, outside the app");

  /** Letters with white space or outside ASCII, or one capitalised word. */
  private static final Pattern WORDS =
      Pattern.compile("(?s)(?=.*\\p{L})(.*\\s.*|.*[^\\x00-\\x7F].*|[A-Z][a-z]+)");

  private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+");

  @Test
  void noWordsForPeopleInTheCode() throws IOException {
    List<String> found = new ArrayList<>();
    for (String pkg : CHECKED) {
      for (Path file : javaFiles(MAIN.resolve(pkg))) {
        for (JavaLiterals.Literal l : JavaLiterals.of(Files.readString(file))) {
          String problem = problem(l);
          if (problem != null) {
            found.add(
                MAIN.relativize(file) + ":" + l.line() + ": \"" + l.value() + "\" " + problem);
          }
        }
      }
    }
    assertEquals(List.of(), found, "move these words to the bundle (text/messages.properties)");
  }

  @Test
  void everyKeyTheCodeFormatsIsInTheBundleAndEveryKeyIsUsed() throws IOException {
    Set<String> keys = bundleKeys();
    Set<String> used = new TreeSet<>();
    List<String> missing = new ArrayList<>();
    for (Path file : javaFiles(MAIN)) {
      for (JavaLiterals.Literal l : JavaLiterals.of(Files.readString(file))) {
        if (keys.contains(l.value())) {
          used.add(l.value());
        } else if (KEY.matcher(l.value()).matches()
            && l.argument() == 0
            && ("format".equals(l.call()) || "of".equals(l.call()))) {
          missing.add(MAIN.relativize(file) + ":" + l.line() + ": " + l.value());
        }
      }
    }
    assertEquals(List.of(), missing, "keys formatted but missing from the base bundle");
    Set<String> unused = new TreeSet<>(keys);
    unused.removeAll(used);
    assertEquals(Set.of(), unused, "keys of the base bundle that no code uses");
  }

  @Test
  void theScanSeesWordsPassedToWhatPeopleSee() {
    List<JavaLiterals.Literal> literals =
        JavaLiterals.of(
            """
            class X {
              // new Label("in a comment")
              static final String OK = "Cancel";
              void f() {
                label.setText((reload ? "Reloading " : "Loading ") + name);
                new Label("later").getStyleClass().add("later-tag");
                box.getChildren().add(new Button(text.format("button.ok")));
                LOG.info("not for people " + x);
                list.add(new String[] {"Some words"});
              }
            }
            """);
    assertEquals(
        List.of(
            "\"Cancel\" looks like words",
            "\"Reloading \" is shown by setText",
            "\"Loading \" is shown by setText",
            "\"later\" is shown by Label",
            "\"Some words\" looks like words"),
        literals.stream()
            .map(l -> problem(l) == null ? null : "\"" + l.value() + "\" " + problem(l))
            .filter(p -> p != null)
            .toList());
  }

  /** Why a literal is words for people in the code, or null when it is not. */
  private static String problem(JavaLiterals.Literal l) {
    if (l.value().isEmpty()
        || ALLOWED.containsKey(l.value())
        || (l.call() != null && NOT_SHOWN.contains(l.call()))) {
      return null;
    }
    if (l.call() != null && SHOWN.getOrDefault(l.call(), Set.of()).contains(l.argument())) {
      return "is shown by " + l.call();
    }
    return WORDS.matcher(l.value()).matches() ? "looks like words" : null;
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static Set<String> bundleKeys() throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return new TreeSet<>(p.stringPropertyNames());
  }
}
