package org.situationmap.bench;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.situationmap.io.SituationReader;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.PlaceRenderer;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.places.Projection;
import org.situationmap.timeline.TimelineIndex;

/**
 * Render: one frame of the place layer on a 1600×1000 canvas, headless (Monocle) in the software
 * pipeline, on the FX thread. {@code *Record} only issues the drawing commands (what the FX thread
 * spends in {@code layoutLayer}); {@code *Frame} also rasterizes them ({@code Canvas.snapshot}), the
 * full cost of a painted frame. {@code full*} shows both oblasts (all places); {@code city*} is
 * zoomed to Kramatorsk, where only the visible subset is drawn. The baseline is {@code fullFrame}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
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
public class RenderBenchmark {
  static final double W = 1600;
  static final double H = 1000;

  @Param({"100000"})
  public int places;

  private Canvas canvas;
  private WritableImage image;
  private PlaceFrame frame;
  private final Projection all = Projection.centredOn(48.55, 38.75, 7.9, W, H);
  private final Projection city = Projection.centredOn(48.72, 37.56, 12, W, H);

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    TimelineIndex index =
        TimelineIndex.of(
            new SituationReader().read(BenchData.layer(places, 0)).situation().places());
    PlaceSet set = PlaceSet.of(index);
    CompletableFuture<Void> started = new CompletableFuture<>();
    Platform.startup(() -> started.complete(null));
    started.get(30, TimeUnit.SECONDS);
    onFx(
        () -> {
          canvas = new Canvas(W, H);
          image = new WritableImage((int) W, (int) H);
          frame = PlaceFrame.at(set, LocalDate.of(2023, 9, 1), 0);
          return null;
        });
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    Platform.exit();
  }

  private static <T> T onFx(Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(work.get());
          } catch (Throwable t) {
            result.completeExceptionally(t);
          }
        });
    return result.join();
  }

  private Object draw(Projection p, boolean rasterize) {
    return onFx(
        () -> {
          GraphicsContext gc = canvas.getGraphicsContext2D();
          gc.clearRect(0, 0, W, H);
          PlaceRenderer.draw(frame, gc, p, W, H);
          return rasterize ? canvas.snapshot(new SnapshotParameters(), image) : gc;
        });
  }

  @Benchmark
  public Object fullRecord() {
    return draw(all, false);
  }

  @Benchmark
  public Object fullFrame() {
    return draw(all, true);
  }

  @Benchmark
  public Object cityRecord() {
    return draw(city, false);
  }

  @Benchmark
  public Object cityFrame() {
    return draw(city, true);
  }

  /** Clearing and snapshotting an empty canvas: the part of {@code *Frame} that is readback. */
  @Benchmark
  public Object emptyFrame() {
    return onFx(
        () -> {
          canvas.getGraphicsContext2D().clearRect(0, 0, W, H);
          return canvas.snapshot(new SnapshotParameters(), image);
        });
  }
}
