package org.situationmap.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
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
import org.situationmap.export.ExportOptions;
import org.situationmap.export.ExportRequest;
import org.situationmap.export.HeadlessFx;
import org.situationmap.export.OfflineTiles;
import org.situationmap.export.SnapshotExporter;
import org.situationmap.export.Viewport;
import org.situationmap.layer.Layer;

/**
 * Export: a 1600×1000 PNG of both oblasts (offline basemap, title, legend, scale bar, attribution)
 * written to a file in-process after warm-up, as {@code export} does it: {@code png1x} and {@code
 * png2x} (3200×2000 pixels). The baseline {@code encodeOnly1x} writes the same 1× image, already
 * rendered, with plain {@code ImageIO}: the share of a PNG export that is encoding. {@code places}
 * is 101 for the bundled layer, else a generated layer without notes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Xmx2g",
      "-Dglass.platform=Monocle",
      "-Dmonocle.platform=Headless",
      "-Dprism.order=sw",
      "-Dprism.text=t2k",
      "-Djava.awt.headless=true"
    })
public class ExportBenchmark {
  @Param({"101", "100000"})
  public int places;

  private SnapshotExporter exporter;
  private ExportRequest oneX;
  private ExportRequest twoX;
  private BufferedImage rendered;
  private Path out;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    HeadlessFx.ensureStarted();
    Path data = places == 101 ? Path.of("data", "donbas.geojson") : BenchData.layer(places, 0);
    Layer layer = Layer.read(data);
    exporter = new SnapshotExporter(OfflineTiles.bundled());
    Viewport view = Viewport.fit(Viewport.DONBAS, 1600, 1000, ExportOptions.ALL);
    LocalDate date = LocalDate.of(2023, 9, 1);
    oneX = new ExportRequest(layer, date, -1, view, 1, null, ExportOptions.ALL, "bench");
    twoX = new ExportRequest(layer, date, -1, view, 2, null, ExportOptions.ALL, "bench");
    rendered = exporter.render(oneX).image();
    out = Files.createTempFile("export-bench", ".png");
  }

  @Benchmark
  public Object png1x() throws IOException, InterruptedException {
    return exporter.writePng(oneX, out, true);
  }

  @Benchmark
  public Object png2x() throws IOException, InterruptedException {
    return exporter.writePng(twoX, out, true);
  }

  @Benchmark
  public boolean encodeOnly1x() throws IOException {
    return ImageIO.write(rendered, "png", out.toFile());
  }
}
