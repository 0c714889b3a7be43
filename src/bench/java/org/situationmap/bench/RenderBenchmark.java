package org.situationmap.bench;

import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
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
import org.situationmap.layer.Layer;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.PlaceRenderer;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.places.Projection;
import org.situationmap.map.places.raster.SymbolCache;

/**
 * Render: one frame of the place layer, 1600×1000, headless (Monocle) in the software pipeline, on
 * the FX thread. On a canvas (as exports draw): {@code *Record} is the draw call, {@code *Frame}
 * also puts the result on the canvas and reads it back ({@code Canvas.snapshot}). As {@code
 * OverlayLayer} shows it: {@code *View} and {@code scrub*} paint the frame's image and read back an
 * image view showing it ({@code ImageView.snapshot}), the full cost of a painted frame. {@code
 * full*} shows both oblasts (all places); {@code city*} is zoomed to Kramatorsk, where only the visible subset is drawn. Each
 * {@code full*} and {@code city*} op pans the view by one pixel, so every op is a new view that is
 * painted whole (the baseline is {@code fullFrame}). {@code scrub*} keeps the full view and moves
 * the date (a day, a week, a month, or to a random day of the data's period), recomputing the
 * statuses from the previous frame as the date slider does, then paints and reads back: design
 * §8's scrub.
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

  private static final LocalDate FIRST = LocalDate.of(2022, 3, 1);
  private static final LocalDate LAST = LocalDate.of(2024, 12, 1);

  private Canvas canvas;
  // one renderer per view, as the app and the export have: the canvas and the image view
  private final SymbolCache symbols = new SymbolCache();
  private final PlaceRenderer onCanvas = new PlaceRenderer(symbols);
  private final PlaceRenderer inView = new PlaceRenderer(symbols);
  private ImageView view;
  private WritableImage image;
  private PlaceFrame frame;
  private final Projection all = Projection.centredOn(48.55, 38.75, 7.9, W, H);
  private final Projection city = Projection.centredOn(48.72, 37.56, 12, W, H);
  private int pan;
  private int zoomStep;
  private PlaceFrame scrubbed;
  private int step = 1;
  private final Random random = new Random(1);

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    PlaceSet set = PlaceSet.of(Layer.read(BenchData.layer(places, 0)));
    BenchFx.start();
    BenchFx.call(
        () -> {
          canvas = new Canvas(W, H);
          view = new ImageView();
          image = new WritableImage((int) W, (int) H);
          frame = PlaceFrame.at(set, LocalDate.of(2023, 9, 1), 0);
          scrubbed = frame;
          return null;
        });
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    Platform.exit();
  }

  private Object draw(PlaceFrame f, Projection p, boolean rasterize) {
    return BenchFx.call(
        () -> {
          GraphicsContext gc = canvas.getGraphicsContext2D();
          gc.clearRect(0, 0, W, H);
          onCanvas.draw(gc, f, p, W, H, onCanvas.labels(f, p, W, H));
          return rasterize ? canvas.snapshot(new SnapshotParameters(), image) : gc;
        });
  }

  /** The view moved right or left by a pixel from the last op's: a new view every op. */
  private Projection panned(Projection p) {
    pan ^= 1;
    return new Projection(p.scale(), p.offsetX() + pan, p.offsetY());
  }

  /** Moves the scrubbed date by {@code days} (back and forth within the data's period). */
  private Object scrub(int days) {
    LocalDate date = scrubbed.date().plusDays((long) step * days);
    if (date.isAfter(LAST) || date.isBefore(FIRST)) {
      step = -step;
      date = scrubbed.date().plusDays((long) step * days);
    }
    return scrubTo(date);
  }

  private Object scrubTo(LocalDate date) {
    return BenchFx.call(
        () -> {
          scrubbed = PlaceFrame.next(scrubbed, date, 0);
          return showInView(scrubbed, all);
        });
  }

  /** What {@code OverlayLayer} does: the frame's image shown in an image view, then read back. */
  private Object showInView(PlaceFrame f, Projection p) {
    view.setImage(inView.image(f, p, W, H, 1, inView.labels(f, p, W, H)));
    return view.snapshot(new SnapshotParameters(), image);
  }

  @Benchmark
  public Object fullView() {
    Projection p = panned(all);
    return BenchFx.call(() -> showInView(frame, p));
  }

  /**
   * The full view zoomed by a tenth of a level every op, as one notch of the mouse wheel does:
   * from zoom 7 in to 9 and back out, over and over. Symbol sizes follow the zoom, so the first
   * visit to a size makes its symbol images.
   */
  @Benchmark
  public Object zoomView() {
    zoomStep = (zoomStep + 1) % 40;
    double zoom = 7 + 0.1 * (zoomStep < 20 ? zoomStep : 40 - zoomStep);
    Projection p = Projection.centredOn(48.55, 38.75, zoom, W, H);
    return BenchFx.call(() -> showInView(frame, p));
  }

  @Benchmark
  public Object cityView() {
    Projection p = panned(city);
    return BenchFx.call(() -> showInView(frame, p));
  }

  @Benchmark
  public Object fullRecord() {
    return draw(frame, panned(all), false);
  }

  @Benchmark
  public Object fullFrame() {
    return draw(frame, panned(all), true);
  }

  @Benchmark
  public Object cityRecord() {
    return draw(frame, panned(city), false);
  }

  @Benchmark
  public Object cityFrame() {
    return draw(frame, panned(city), true);
  }

  /** The full view one day later (or earlier): statuses, halos and the frame, read back. */
  @Benchmark
  public Object scrubDay() {
    return scrub(1);
  }

  /** The full view a week later (or earlier). */
  @Benchmark
  public Object scrubWeek() {
    return scrub(7);
  }

  /** The full view a month later (or earlier): a quick drag of the slider. */
  @Benchmark
  public Object scrubMonth() {
    return scrub(30);
  }

  /** The full view on a random day of the data's period (a jump of the slider). */
  @Benchmark
  public Object scrubJump() {
    return scrubTo(FIRST.plusDays(random.nextInt((int) (LAST.toEpochDay() - FIRST.toEpochDay()))));
  }

  /** Clearing and snapshotting an empty canvas: the part of {@code *Frame} that is readback. */
  @Benchmark
  public Object emptyFrame() {
    return BenchFx.call(
        () -> {
          canvas.getGraphicsContext2D().clearRect(0, 0, W, H);
          return canvas.snapshot(new SnapshotParameters(), image);
        });
  }
}
