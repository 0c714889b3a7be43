package org.situationmap.bench;

import java.time.LocalDate;
import java.util.BitSet;
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
import org.situationmap.generate.SituationGenerator;
import org.situationmap.layer.Layer;
import org.situationmap.timeline.TimelineIndex;

/**
 * Date change: every status of 100k places at a new date. {@code binarySearch} (the baseline) asks
 * {@link TimelineIndex#statusesAt} (one binary search per place); {@code sweepRandom} moves from the
 * previous random date with {@link TimelineIndex#moveStatuses}; {@code sweepPlayback} does the same
 * for a 7-day playback step; {@code haloSet}/{@code haloPerPlace} compare the two ways to find the
 * places that changed in the last 7 days.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class DateChangeBenchmark {
  @Param({"100000"})
  public int places;

  private TimelineIndex index;
  private byte[] statuses;
  private LocalDate date;
  private final SplittableRandom random = new SplittableRandom(7);
  private int span;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    index = Layer.read(BenchData.layer(places, 0)).index();
    statuses = new byte[index.size()];
    span = (int) (SituationGenerator.END.toEpochDay() - SituationGenerator.START.toEpochDay());
    date = SituationGenerator.START;
    index.statusesAt(date, statuses);
  }

  private LocalDate randomDate() {
    return SituationGenerator.START.plusDays(random.nextInt(span + 1));
  }

  @Benchmark
  public byte[] binarySearch() {
    index.statusesAt(randomDate(), statuses);
    return statuses;
  }

  @Benchmark
  public byte[] sweepRandom() {
    LocalDate next = randomDate();
    index.moveStatuses(date, next, statuses);
    date = next;
    return statuses;
  }

  @Benchmark
  public byte[] sweepPlayback() {
    LocalDate next = date.plusDays(7);
    if (next.isAfter(SituationGenerator.END)) {
      next = SituationGenerator.START;
    }
    index.moveStatuses(date, next, statuses);
    date = next;
    return statuses;
  }

  @Benchmark
  public BitSet haloPerPlace() {
    LocalDate d = randomDate();
    BitSet halos = new BitSet(index.size());
    for (int i = 0; i < index.size(); i++) {
      if (index.changedWithin(i, d, 7)) {
        halos.set(i);
      }
    }
    return halos;
  }

  @Benchmark
  public BitSet haloSet() {
    BitSet halos = new BitSet(index.size());
    index.changedWithin(randomDate(), 7, halos);
    return halos;
  }
}
