package org.situationmap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The bad-input corpus in {@code src/test/resources/io/bad/} with the expected outcome of each file
 * from its {@code expected.txt}. Every file must have exactly one expectation.
 */
public final class BadCorpus {
  /** What reading one corpus file must give. */
  public enum Outcome {
    FATAL,
    SKIPPED,
    LOADED
  }

  /**
   * One line of {@code expected.txt}.
   *
   * @param file the corpus file
   * @param outcome fatal, partial (some skipped) or loaded
   * @param skipped for {@link Outcome#SKIPPED}: ids or JSON pointers of the skipped features
   * @param loaded for {@link Outcome#LOADED}: how many places load
   * @param line line of the (first) problem, 0 for none or no position
   * @param column its column
   * @param message its message ("warning: …" for a warning of a loaded file), "-" for none
   */
  public record Expectation(
      Path file,
      Outcome outcome,
      Set<String> skipped,
      int loaded,
      int line,
      int column,
      String message) {
    /** The file name, for test display names. */
    public String name() {
      return file.getFileName().toString();
    }

    /** The expected problem as the app and validate print it, {@code FILE:LINE:COL: message}. */
    public String formatted(String displayName) {
      return (line > 0 ? displayName + ":" + line + ":" + column + ": " : displayName + ": ")
          + message;
    }

    @Override
    public String toString() {
      return name();
    }
  }

  private BadCorpus() {}

  /** The corpus directory. */
  public static Path dir() {
    try {
      return Path.of(BadCorpus.class.getResource("/io/bad/expected.txt").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** All expectations, checked to cover every corpus file exactly once. */
  public static List<Expectation> all() {
    Path dir = dir();
    List<Expectation> all = new ArrayList<>();
    try {
      for (String raw : Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8)) {
        if (raw.isBlank() || raw.startsWith("#")) {
          continue;
        }
        String[] f = raw.split(" \\| ", 4);
        String[] outcome = f[1].strip().split(" ");
        String[] at = f[2].strip().equals("-") ? new String[] {"0", "0"} : f[2].strip().split(":");
        Outcome kind = Outcome.valueOf(outcome[0].toUpperCase(java.util.Locale.ROOT));
        Set<String> skipped =
            kind == Outcome.SKIPPED
                ? new TreeSet<>(List.of(outcome).subList(1, outcome.length))
                : Set.of();
        int loaded = kind == Outcome.LOADED ? Integer.parseInt(outcome[1]) : 0;
        all.add(
            new Expectation(
                dir.resolve(f[0].strip()),
                kind,
                skipped,
                loaded,
                Integer.parseInt(at[0]),
                Integer.parseInt(at[1]),
                f[3].strip()));
      }
      Set<String> files;
      try (Stream<Path> list = Files.list(dir)) {
        files =
            list.map(p -> p.getFileName().toString())
                .filter(n -> !n.equals("expected.txt"))
                .collect(Collectors.toCollection(TreeSet::new));
      }
      Set<String> expected =
          all.stream().map(Expectation::name).collect(Collectors.toCollection(TreeSet::new));
      if (!files.equals(expected) || expected.size() != all.size()) {
        throw new AssertionError(
            "expected.txt must list every corpus file once; files " + files + ", listed " + all);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }
}
