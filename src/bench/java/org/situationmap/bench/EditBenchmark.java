package org.situationmap.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.situationmap.domain.Confidence;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.Place;
import org.situationmap.edit.EditException;
import org.situationmap.edit.LayerDocument;
import org.situationmap.edit.ReplaceControl;
import org.situationmap.layer.Layer;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.timeline.TimelineIndex;

/**
 * One edit of a 100k-place layer (4 entries and 1 note a place): {@code rebuild} (the baseline)
 * applies the edit and then indexes the edited places from scratch, as a load would; {@code edit} applies a one-field edit through the {@link
 * LayerDocument}, which hands out the next layer with its index updated for that place alone;
 * {@code editAndPlaceSet} also derives the drawable place set of the new layer (built again).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class EditBenchmark {
  @Param({"100000"})
  public int places;

  private LayerDocument document;
  private final SplittableRandom random = new SplittableRandom(3);

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    document = new LayerDocument(Layer.read(BenchData.layer(places, 1)), 50);
  }

  private ReplaceControl oneFieldEdit() {
    Place place = document.layer().index().place(random.nextInt(places));
    ControlChange entry = place.control().get(0);
    Confidence next =
        entry.confidence() == Confidence.CONFIRMED ? Confidence.ASSESSED : Confidence.CONFIRMED;
    return new ReplaceControl(place.id(), entry.from(), entry.withConfidence(next));
  }

  @Benchmark
  public TimelineIndex rebuild() throws EditException {
    Layer layer = document.apply(oneFieldEdit()).layer();
    return TimelineIndex.of(layer.situation().places());
  }

  @Benchmark
  public Layer edit() throws EditException {
    return document.apply(oneFieldEdit()).layer();
  }

  @Benchmark
  public PlaceSet editAndPlaceSet() throws EditException {
    return PlaceSet.of(document.apply(oneFieldEdit()).layer());
  }
}
