package org.situationmap.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.situationmap.domain.Confidence;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.Extras;
import org.situationmap.domain.GeoPoint;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.domain.PlaceKind;
import org.situationmap.domain.PlaceNames;
import org.situationmap.domain.SituationMeta;
import org.situationmap.domain.Source;
import org.situationmap.io.LayerWriter;
import org.situationmap.io.LayerWriter.PlaceSink;
import org.situationmap.io.SituationWriter;

/**
 * Writes a synthetic but valid situation layer (design §4): places spread over Luhansk and Donetsk
 * oblasts (clustered around towns, as real settlements are), control changes clustered around the
 * time the moving {@link Front} reaches each place, and notes of 100–600 characters with 1–3
 * sources each, drawn from a pool of dated reports so that many notes cite the same report.
 *
 * <p>Places are made one at a time and written through the GeoJSON {@link SituationWriter}, one
 * feature per line, so memory does not grow with the size of the layer and the file schema is
 * spelled only there. The same {@link GeneratorSpec} always gives the same bytes. Stateless and
 * thread-safe.
 */
public final class SituationGenerator {
  /** First day of the generated period. */
  public static final LocalDate START = LocalDate.of(2022, 2, 24);

  /** Last day of the generated period. */
  public static final LocalDate END = LocalDate.of(2024, 12, 31);

  static final int SPAN = (int) (END.toEpochDay() - START.toEpochDay());
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

  private final LayerWriter writer = new SituationWriter(SituationWriter.Layout.FEATURE_PER_LINE);

  /**
   * What a generated layer holds.
   *
   * @param places the number of places
   * @param changes the number of control entries over all places
   * @param notes the number of notes over all places
   */
  public record Counts(int places, long changes, long notes) {}

  /** Writes the layer to {@code file} (replaced if it exists); returns what it holds. */
  public Counts write(GeneratorSpec spec, Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      return write(spec, out);
    }
  }

  /**
   * Writes the layer to {@code out} as GeoJSON, one feature per line; {@code out} is flushed, not
   * closed. Returns what it holds.
   */
  public Counts write(GeneratorSpec spec, OutputStream out) throws IOException {
    SplittableRandom random = new SplittableRandom(spec.seed());
    double[][] towns = towns(random, Math.max(8, spec.places() / 400));
    int[] notesPerPlace = notesPerPlace(random, spec);
    SituationMeta meta =
        new SituationMeta(
            "Synthetic layer: "
                + spec.places()
                + " places, "
                + spec.notes()
                + " notes, seed "
                + spec.seed(),
            "Generated for benchmarks and tests; not real events.",
            END,
            null,
            Extras.EMPTY);
    long changes = 0;
    long notes = 0;
    try (PlaceSink sink = writer.start(meta, Extras.EMPTY, out)) {
      for (int i = 0; i < spec.places(); i++) {
        Place place = place(random, spec, towns, i, notesPerPlace[i]);
        changes += place.control().size();
        notes += place.notes().size();
        sink.add(place);
      }
    }
    return new Counts(spec.places(), changes, notes);
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

  private static Place place(
      SplittableRandom random, GeneratorSpec spec, double[][] towns, int index, int noteCount) {
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
    PlaceKind kind = kind(random);
    String name = Words.placeName(random);
    int population = population(random, kind);
    int[] days = changeDays(random, lat, lon, spec.changesPerPlace());
    List<ControlChange> control = control(random, lat, lon, days);
    List<Note> notes = notes(random, name, days, noteCount);
    return new Place(
        String.format("p%06d", index),
        name,
        new PlaceNames(Cyrillic.of(name), null, List.of()),
        kind,
        OBLAST_NAMES[oblast],
        population,
        new GeoPoint(Math.round(lat * 1e5) / 1e5, Math.round(lon * 1e5) / 1e5),
        control,
        notes,
        Extras.EMPTY);
  }

  private static List<ControlChange> control(
      SplittableRandom random, double lat, double lon, int[] days) {
    ControlStatus first = Front.held(lat, lon, 0) ? ControlStatus.RUSSIA : ControlStatus.UKRAINE;
    ControlStatus last = Front.held(lat, lon, 1) ? ControlStatus.RUSSIA : ControlStatus.UKRAINE;
    List<ControlChange> control = new ArrayList<>(days.length);
    for (int k = 0; k < days.length; k++) {
      ControlStatus status;
      if (k == 0) {
        status = first;
      } else if (k == days.length - 1) {
        status = last;
      } else {
        status = k % 2 == 1 ? ControlStatus.CONTESTED : (random.nextBoolean() ? first : last);
      }
      LocalDate day = START.plusDays(days[k]);
      Confidence confidence =
          k == 0
              ? Confidence.ASSESSED
              : random.nextBoolean() ? Confidence.CONFIRMED : Confidence.CLAIMED;
      control.add(new ControlChange(day, status, confidence, List.of(source(random, day))));
    }
    return control;
  }

  private static List<Note> notes(SplittableRandom random, String name, int[] days, int count) {
    int[] noteDays = new int[count];
    for (int k = 0; k < count; k++) {
      int around = days[random.nextInt(days.length)];
      noteDays[k] = (int) clamp(around + Math.round(random.nextGaussian() * 12), 0, SPAN);
    }
    Arrays.sort(noteDays);
    List<Note> notes = new ArrayList<>(count);
    for (int day : noteDays) {
      LocalDate date = START.plusDays(day);
      String title = random.nextInt(3) == 0 ? "Situation near " + name : null;
      String text = Words.noteText(random, name, 100, 600);
      int sourceCount = 1 + random.nextInt(3);
      List<Source> sources = new ArrayList<>(sourceCount);
      for (int s = 0; s < sourceCount; s++) {
        sources.add(source(random, date));
      }
      notes.add(new Note(date, title, text, sources));
    }
    return notes;
  }

  /** A report by one of a few publishers, published on the day or up to two days later. */
  private static Source source(SplittableRandom random, LocalDate about) {
    int p = random.nextInt(PUBLISHERS.length);
    LocalDate published = about.plusDays(random.nextInt(3));
    return new Source(
        PUBLISHERS[p],
        PUBLISHERS[p] + " daily update, " + published,
        published,
        "https://example.org/" + SLUGS[p] + "/" + published);
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

  private static PlaceKind kind(SplittableRandom random) {
    int r = random.nextInt(100);
    return r < 2
        ? PlaceKind.CITY
        : r < 12 ? PlaceKind.TOWN : r < 90 ? PlaceKind.VILLAGE : PlaceKind.SITE;
  }

  private static int population(SplittableRandom random, PlaceKind kind) {
    return switch (kind) {
      case CITY -> 50_000 + random.nextInt(900_000);
      case TOWN -> 5_000 + random.nextInt(45_000);
      case VILLAGE -> 50 + random.nextInt(5_000);
      case SITE -> 0;
    };
  }

  private static double uniform(SplittableRandom random, double lo, double hi) {
    return lo + random.nextDouble() * (hi - lo);
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
