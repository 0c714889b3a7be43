package org.situationmap.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Writes a synthetic but valid situation layer (design §4): places spread over Luhansk and Donetsk
 * oblasts (clustered around towns, as real settlements are), control changes clustered around the
 * time the moving {@link Front} reaches each place, and notes of 100–600 characters with 1–3
 * sources each, drawn from a pool of dated reports so that many notes cite the same report.
 *
 * <p>Streams the output, so memory does not grow with the size of the layer. The same {@link
 * GeneratorSpec} always gives the same bytes. Stateless and thread-safe.
 */
public final class SituationGenerator {
  /** First day of the generated period. */
  public static final LocalDate START = LocalDate.of(2022, 2, 24);

  /** Last day of the generated period. */
  public static final LocalDate END = LocalDate.of(2024, 12, 31);

  static final int SPAN = (int) (END.toEpochDay() - START.toEpochDay());
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final String[] PUBLISHERS = {
    "ISW",
    "DeepState",
    "General Staff of the Armed Forces of Ukraine",
    "Russian Ministry of Defence",
    "BBC News",
    "Reuters",
    "Kyiv Independent",
    "Meduza",
    "Ukrainska Pravda",
    "Suspilne"
  };
  private static final String[] SLUGS = {
    "isw",
    "deepstate",
    "gsuaf",
    "mil-ru",
    "bbc",
    "reuters",
    "kyivindependent",
    "meduza",
    "pravda",
    "suspilne"
  };

  /** Oblast boxes (lon min, lon max, lat min, lat max), roughly their extent. */
  private static final double[][] OBLASTS = {{37.9, 40.2, 47.8, 50.1}, {36.6, 38.9, 46.9, 49.2}};

  private static final String[] OBLAST_NAMES = {"Luhansk Oblast", "Donetsk Oblast"};

  /** Writes the layer to {@code file} (replaced if it exists). */
  public void write(GeneratorSpec spec, Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      write(spec, out);
    }
  }

  /** Writes the layer to {@code out} as UTF-8; {@code out} is flushed, not closed. */
  public void write(GeneratorSpec spec, OutputStream out) throws IOException {
    SplittableRandom random = new SplittableRandom(spec.seed());
    double[][] towns = towns(random, Math.max(8, spec.places() / 400));
    int[] notesPerPlace = notesPerPlace(random, spec);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeObjectFieldStart("situation");
      g.writeStringField(
          "title",
          "Synthetic layer: "
              + spec.places()
              + " places, "
              + spec.notes()
              + " notes, seed "
              + spec.seed());
      g.writeStringField("description", "Generated for benchmarks and tests; not real events.");
      g.writeStringField("updated", END.toString());
      g.writeEndObject();
      g.writeArrayFieldStart("features");
      for (int i = 0; i < spec.places(); i++) {
        g.writeRaw('\n');
        writePlace(g, random, spec, towns, i, notesPerPlace[i]);
      }
      g.writeRaw('\n');
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
    out.flush();
  }

  /** Town centres: x, y, spread (degrees) and the oblast index. */
  private static double[][] towns(SplittableRandom random, int count) {
    double[][] towns = new double[count][];
    for (int i = 0; i < count; i++) {
      int oblast = random.nextInt(2);
      double[] box = OBLASTS[oblast];
      towns[i] =
          new double[] {
            uniform(random, box[0], box[1]),
            uniform(random, box[2], box[3]),
            0.03 + random.nextDouble() * 0.12,
            oblast
          };
    }
    return towns;
  }

  private static int[] notesPerPlace(SplittableRandom random, GeneratorSpec spec) {
    int[] counts = new int[spec.places()];
    Arrays.fill(counts, spec.notes() / spec.places());
    for (int k = spec.notes() % spec.places(); k > 0; k--) {
      counts[random.nextInt(spec.places())]++;
    }
    return counts;
  }

  private static void writePlace(
      JsonGenerator g,
      SplittableRandom random,
      GeneratorSpec spec,
      double[][] towns,
      int index,
      int noteCount)
      throws IOException {
    double lon;
    double lat;
    int oblast;
    if (random.nextInt(10) < 7) {
      double[] town = towns[random.nextInt(towns.length)];
      lon = clamp(town[0] + random.nextGaussian() * town[2], 36.0, 41.5);
      lat = clamp(town[1] + random.nextGaussian() * town[2] * 0.7, 46.6, 50.5);
      oblast = (int) town[3];
    } else {
      oblast = random.nextInt(2);
      double[] box = OBLASTS[oblast];
      lon = uniform(random, box[0], box[1]);
      lat = uniform(random, box[2], box[3]);
    }
    String kind = kind(random);
    String name = Words.placeName(random);
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeStringField("id", String.format("p%06d", index));
    g.writeObjectFieldStart("geometry");
    g.writeStringField("type", "Point");
    g.writeArrayFieldStart("coordinates");
    g.writeNumber(Math.round(lon * 1e5) / 1e5);
    g.writeNumber(Math.round(lat * 1e5) / 1e5);
    g.writeEndArray();
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeStringField("name", name);
    g.writeObjectFieldStart("names");
    g.writeStringField("uk", Cyrillic.of(name));
    g.writeEndObject();
    g.writeStringField("kind", kind);
    g.writeStringField("admin1", OBLAST_NAMES[oblast]);
    g.writeNumberField("population", population(random, kind));
    int[] days = changeDays(random, lat, lon, spec.changesPerPlace());
    writeControl(g, random, lat, lon, days);
    writeNotes(g, random, name, days, noteCount);
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeControl(
      JsonGenerator g, SplittableRandom random, double lat, double lon, int[] days)
      throws IOException {
    boolean heldAtStart = Front.held(lat, lon, 0);
    boolean heldAtEnd = Front.held(lat, lon, 1);
    String first = heldAtStart ? "russia" : "ukraine";
    String last = heldAtEnd ? "russia" : "ukraine";
    g.writeArrayFieldStart("control");
    for (int k = 0; k < days.length; k++) {
      String status;
      if (k == 0) {
        status = first;
      } else if (k == days.length - 1) {
        status = last;
      } else {
        status = k % 2 == 1 ? "contested" : (random.nextBoolean() ? first : last);
      }
      LocalDate day = START.plusDays(days[k]);
      g.writeStartObject();
      g.writeStringField("from", day.toString());
      g.writeStringField("status", status);
      g.writeStringField(
          "confidence", k == 0 ? "assessed" : random.nextBoolean() ? "confirmed" : "claimed");
      g.writeArrayFieldStart("sources");
      writeSource(g, random, day);
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeNotes(
      JsonGenerator g, SplittableRandom random, String name, int[] days, int count)
      throws IOException {
    int[] noteDays = new int[count];
    for (int k = 0; k < count; k++) {
      int around = days[random.nextInt(days.length)];
      noteDays[k] = (int) clamp(around + Math.round(random.nextGaussian() * 12), 0, SPAN);
    }
    Arrays.sort(noteDays);
    g.writeArrayFieldStart("notes");
    for (int day : noteDays) {
      LocalDate date = START.plusDays(day);
      g.writeStartObject();
      g.writeStringField("date", date.toString());
      if (random.nextInt(3) == 0) {
        g.writeStringField("title", "Situation near " + name);
      }
      g.writeStringField("text", Words.noteText(random, name, 100, 600));
      g.writeArrayFieldStart("sources");
      int sources = 1 + random.nextInt(3);
      for (int s = 0; s < sources; s++) {
        writeSource(g, random, date);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** A report by one of a few publishers, published on the day or up to two days later. */
  private static void writeSource(JsonGenerator g, SplittableRandom random, LocalDate about)
      throws IOException {
    int p = random.nextInt(PUBLISHERS.length);
    LocalDate published = about.plusDays(random.nextInt(3));
    g.writeStartObject();
    g.writeStringField("publisher", PUBLISHERS[p]);
    g.writeStringField("title", PUBLISHERS[p] + " daily update, " + published);
    g.writeStringField("date", published.toString());
    g.writeStringField("url", "https://example.org/" + SLUGS[p] + "/" + published);
    g.writeEndObject();
  }

  /**
   * {@code count} distinct days in [0, SPAN], ascending: day 0 first, the rest clustered within
   * about two months of when the front is nearest to the place.
   */
  static int[] changeDays(SplittableRandom random, double lat, double lon, int count) {
    int[] days = new int[count];
    int centre = (int) Math.round(Front.nearest(lat, lon) * SPAN);
    int width = Math.max(60, count * 3);
    int lo = Math.max(1, Math.min(SPAN - width, centre - width / 2));
    // Choose count-1 distinct offsets in [lo, lo + width) by a partial Fisher-Yates shuffle.
    int[] pool = new int[width];
    for (int k = 0; k < width; k++) {
      pool[k] = lo + k;
    }
    for (int k = 1; k < count; k++) {
      int j = k - 1 + random.nextInt(width - (k - 1));
      int swap = pool[k - 1];
      pool[k - 1] = pool[j];
      pool[j] = swap;
      days[k] = pool[k - 1];
    }
    Arrays.sort(days, 1, count);
    return days;
  }

  private static String kind(SplittableRandom random) {
    int r = random.nextInt(100);
    return r < 2 ? "city" : r < 12 ? "town" : r < 90 ? "village" : "site";
  }

  private static int population(SplittableRandom random, String kind) {
    return switch (kind) {
      case "city" -> 50_000 + random.nextInt(900_000);
      case "town" -> 5_000 + random.nextInt(45_000);
      case "village" -> 50 + random.nextInt(5_000);
      default -> 0;
    };
  }

  private static double uniform(SplittableRandom random, double lo, double hi) {
    return lo + random.nextDouble() * (hi - lo);
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
