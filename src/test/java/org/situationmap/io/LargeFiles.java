package org.situationmap.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes large valid situation files, streaming (constant memory), for the size-limit tests; and,
 * as a main class, reads one in a child JVM and prints the outcome ("loaded N" or "fatal: …").
 */
public final class LargeFiles {
  private LargeFiles() {}

  /** Writes valid features to {@code file} until it is at least {@code bytes} long. */
  static long write(Path file, long bytes) throws IOException {
    long written = 0;
    int i = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      String head = "{\"type\": \"FeatureCollection\", \"features\": [\n";
      w.write(head);
      written += head.length();
      while (written < bytes) {
        String feature =
            (i == 0 ? "" : ",\n")
                + "{\"type\": \"Feature\", \"id\": \"p"
                + i
                + "\", \"geometry\": {\"type\": \"Point\", \"coordinates\": ["
                + (37 + (i % 997) / 1000.0)
                + ", "
                + (48 + (i % 991) / 1000.0)
                + "]}, \"properties\": {\"name\": \"Place "
                + i
                + "\", \"kind\": \"village\", \"control\": [{\"from\": \"2022-02-24\", \"status\":"
                + " \"ukraine\", \"sources\": [{\"publisher\": \"ISW\", \"date\": \"2022-02-24\"}]}],"
                + " \"notes\": [{\"date\": \"2022-03-01\", \"text\": \"Reported shelling near the"
                + " village; residents evacuated to the district centre.\", \"sources\":"
                + " [{\"publisher\": \"Reuters\", \"date\": \"2022-03-01\"}]}]}}";
        w.write(feature);
        written += feature.length();
        i++;
      }
      w.write("\n]}\n");
    }
    return i;
  }

  /** Child-JVM entry point: reads {@code args[0]} and prints the outcome. */
  public static void main(String[] args) {
    long start = System.nanoTime();
    try {
      ReadResult result = new SituationReader().read(Path.of(args[0]));
      System.out.println(
          "loaded "
              + result.situation().places().size()
              + " in "
              + (System.nanoTime() - start) / 1_000_000
              + " ms");
    } catch (SituationReadException e) {
      System.out.println("fatal: " + e.problem().message());
    }
  }
}
