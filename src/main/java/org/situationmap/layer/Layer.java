package org.situationmap.layer;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Envelope;
import org.situationmap.domain.Coverage;
import org.situationmap.domain.Place;
import org.situationmap.domain.Situation;
import org.situationmap.io.LayerFormats;
import org.situationmap.io.Problem;
import org.situationmap.io.ReadMonitor;
import org.situationmap.io.ReadResult;
import org.situationmap.io.SituationReadException;
import org.situationmap.timeline.TimelineIndex;

/**
 * A situation layer as the program holds it once read: the file it came from, the data, its
 * timeline index, the problems found while reading (a partial load has some) and the number of
 * features skipped. Indexes that other packages need, such as the drawable place set, are derived
 * from it once and kept with it ({@link #derived}).
 *
 * <p>Thread-safe: the data is immutable, and each derived index is built once even when several
 * threads ask for it.
 */
public final class Layer {
  private final Path file;
  private final Situation situation;
  private final TimelineIndex index;
  private final List<Problem> problems;
  private final int skipped;
  private final Map<Class<?>, Object> derived = new HashMap<>();

  private Layer(
      Path file, Situation situation, TimelineIndex index, List<Problem> problems, int skipped) {
    this.file = file;
    this.situation = Objects.requireNonNull(situation, "situation");
    this.index = index;
    this.problems = List.copyOf(problems);
    this.skipped = skipped;
  }

  /** Indexes what was read from {@code file} (null for data not from a file). */
  public static Layer of(Path file, ReadResult read) {
    Situation situation = read.situation();
    return new Layer(
        file, situation, TimelineIndex.of(situation.places()), read.problems(), read.skipped());
  }

  /** Reads {@code file} in the format its name or content shows, and indexes it. */
  public static Layer read(Path file) throws SituationReadException {
    return read(file, LayerFormats.standard(), ReadMonitor.NONE);
  }

  /**
   * Reads {@code file} in the format {@code formats} picks, telling {@code monitor}; indexes it.
   */
  public static Layer read(Path file, LayerFormats formats, ReadMonitor monitor)
      throws SituationReadException {
    return of(file, formats.read(file, monitor));
  }

  /** Indexes data that did not come from a file, without problems. */
  public static Layer of(Situation situation) {
    return new Layer(null, situation, TimelineIndex.of(situation.places()), List.of(), 0);
  }

  /**
   * This layer with place {@code index} replaced by {@code place} (same id): the same file and
   * problems, the timeline index updated for that place alone ({@link TimelineIndex#withPlace}).
   * Derived indexes are derived again when asked for. This layer is unchanged.
   */
  public Layer withPlace(int index, Place place) {
    List<Place> places = new ArrayList<>(situation.places());
    places.set(index, place);
    return edited(places, this.index.withPlace(index, place));
  }

  /** This layer with {@code place} added as its last place (see {@link #withPlace}). */
  public Layer withAdded(Place place) {
    List<Place> places = new ArrayList<>(situation.places());
    places.add(place);
    return edited(places, index.withAdded(place));
  }

  /** This layer without its last place (the inverse of {@link #withAdded}). */
  public Layer withoutLast() {
    List<Place> places = situation.places();
    return edited(places.subList(0, places.size() - 1), index.withoutLast());
  }

  private Layer edited(List<Place> places, TimelineIndex newIndex) {
    Situation edited = new Situation(situation.meta(), places, situation.extras());
    return new Layer(file, edited, newIndex, problems, skipped);
  }

  /** This layer as saved to {@code target}: the same data and index, another file. */
  public Layer savedAs(Path target) {
    Layer saved = new Layer(target, situation, index, problems, skipped);
    synchronized (derived) {
      saved.derived.putAll(derived);
    }
    return saved;
  }

  /** The file read, or null for data not from a file. */
  public Path file() {
    return file;
  }

  /** The data. */
  public Situation situation() {
    return situation;
  }

  /** The timeline index of its places (place indexes everywhere refer to it). */
  public TimelineIndex index() {
    return index;
  }

  /** Problems reported by the reader, sorted by position (never fatal ones). */
  public List<Problem> problems() {
    return problems;
  }

  /** The number of features skipped because of errors. */
  public int skipped() {
    return skipped;
  }

  /**
   * The layer's title, or the file name when it has none; empty for data with neither (the words
   * shown then are the bundle's, {@code text.Messages#layerTitle}).
   */
  public Optional<String> title() {
    String t = situation.meta().title();
    if (t != null && !t.isBlank()) {
      return Optional.of(t);
    }
    return Optional.ofNullable(fileName());
  }

  /** When the data was last updated, or null. */
  public LocalDate updated() {
    return situation.meta().updated();
  }

  /** How current the layer is, per oblast ({@link Coverage#NONE} when the file does not say). */
  public Coverage coverage() {
    return situation.meta().coverage();
  }

  /**
   * The coverage of the oblasts that the given places lie in, in the coverage's order: what a view
   * showing those places should say about how current it is.
   *
   * @param places indexes of places in {@link #index()}
   */
  public List<Coverage.Oblast> coverageOf(int[] places) {
    Coverage coverage = coverage();
    if (coverage.isEmpty()) {
      return List.of();
    }
    Set<String> oblasts = new HashSet<>();
    for (int i : places) {
      String admin1 = index.place(i).admin1();
      if (admin1 != null) {
        oblasts.add(admin1);
      }
    }
    return coverage.of(oblasts);
  }

  /** The coverage of the oblasts of all its places, in the coverage's order. */
  public List<Coverage.Oblast> coverageOfAll() {
    return coverageOf(IntStream.range(0, index.size()).toArray());
  }

  /**
   * Whether the file is an ordinary file on disk, which can be watched, listed among recent files
   * and shown in a file chooser's folder (the bundled layer inside the program's jar is not).
   */
  public boolean onDisk() {
    return file != null && file.getFileSystem() == FileSystems.getDefault();
  }

  /** The file name, or null. */
  public String fileName() {
    return file == null ? null : file.getFileName().toString();
  }

  /** The lon/lat envelope of all places (null when there are none). */
  public Envelope extent() {
    if (index.size() == 0) {
      return null;
    }
    Envelope env = new Envelope();
    for (Place p : index.places()) {
      env.expandToInclude(p.location().lon(), p.location().lat());
    }
    return env;
  }

  /**
   * The index of type {@code kind} derived from this layer: built by {@code build} on the first
   * call, the same object on every later one. One builder per type: the type's own factory (e.g.
   * {@code PlaceSet.of(Layer)}) is the only caller. A caller that arrives while another builds the
   * same index waits for it.
   */
  public <T> T derived(Class<T> kind, Function<? super Layer, ? extends T> build) {
    synchronized (derived) {
      Object known = derived.get(kind);
      if (known == null) {
        known = Objects.requireNonNull(build.apply(this), "derived index");
        derived.put(kind, known);
      }
      return kind.cast(known);
    }
  }
}
