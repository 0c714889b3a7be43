package org.situationmap.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.situationmap.domain.Situation;
import org.situationmap.io.SituationReadException;
import org.situationmap.io.SituationReader;

/**
 * Load: the streaming {@link SituationReader} against the Jackson tree model ({@code readTree} then
 * mapping to the same domain objects, {@link TreeModelReader}) and JTS {@code GeoJsonReader}
 * (geometry only), on 10k and 100k places with 10 notes per place. The baseline is {@code
 * treeModel}; {@link BenchMain} prints MB/s and the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-Xms2g"})
public class LoadBenchmark {
  @Param({"10000", "100000"})
  public int places;

  private Path file;

  @Setup(Level.Trial)
  public void setUp() {
    file = BenchData.layer(places);
  }

  @Benchmark
  public Situation streaming() throws SituationReadException {
    return new SituationReader().read(file).situation();
  }

  @Benchmark
  public Situation treeModel() throws IOException {
    return TreeModelReader.read(file);
  }

  @Benchmark
  public Geometry jtsGeometry() throws IOException, ParseException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new GeoJsonReader().read(in);
    }
  }
}
