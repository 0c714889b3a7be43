package org.situationmap.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
import org.situationmap.domain.ControlChange;
import org.situationmap.io.basemap.Basemap;
import org.situationmap.layer.Layer;
import org.situationmap.map.overlay.MapFrame;
import org.situationmap.map.overlay.Overlay;
import org.situationmap.map.overlay.Overlays;
import org.situationmap.map.overlay.ScreenPart;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.PlaceRenderer;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.places.Projection;
import org.situationmap.map.places.raster.SymbolCache;
import org.situationmap.map.zones.ZonePainter;
import org.situationmap.timeline.TimelineIndex;
import org.situationmap.zones.BasemapLand;
import org.situationmap.zones.LandRegion;
import org.situationmap.zones.ZoneState;
import org.situationmap.zones.Zones;

/**
 * Control zones (issue budget: a new date ≤ 5 ms for the bundled layer and ≤ 50 ms for 10,000
 * places; a frame with zones within 16 ms), on the bundled layer ({@code layer=bundled}) and on a
 * generated one of 10,000 places. {@code statuses} is the same-run baseline: every place's status
 * at a new date, what any date change costs. {@code recolour} is a new date once the cells of its
 * set of places are built: statuses, areas per oblast and the front line ({@link Zones#at}).
 * {@code buildCells} builds the cells of the whole set from scratch (single shots: what a new set
 * costs, off the FX thread). {@code zonesFrame} paints the zones of the full view on a 1600×1000
 * canvas and reads it back; {@code placesFrame} does the same for the places, and {@code
 * bothFrame} both, as a live frame with zones on draws them (headless Monocle, software pipeline);
 * {@code panZonesView} is a pan of the live map's zones, which moves their painted canvas.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
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
public class ZoneBenchmark {
  static final double W = 1600;
  static final double H = 1000;

  @Param({"bundled", "10000"})
  public String layer;

  private TimelineIndex index;
  private List<LandRegion> land;
  private Zones zones;
  private byte[] statuses;
  private LocalDate from;
  private int span;
  private final Random random = new Random(3);
  private Canvas canvas;
  private WritableImage image;
  private PlaceFrame places;
  private ZoneState shown;
  private final PlaceRenderer renderer = new PlaceRenderer(new SymbolCache());
  private final Projection all = Projection.centredOn(48.55, 38.75, 7.9, W, H);
  private ScreenPart zonePart;
  private javafx.scene.Group zoneView;
  private int pan;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path file =
        layer.equals("bundled")
            ? Path.of("data", "donbas.geojson")
            : BenchData.layer(Integer.parseInt(layer), 0);
    Layer read = Layer.read(file);
    index = read.index();
    land = BasemapLand.regions(Basemap.loadBundled());
    zones = new Zones(index, land, Zones.DEFAULT_CAP_KM);
    statuses = new byte[index.size()];
    // dates after every place's first entry share one set of places, so their cells are built once
    from = LocalDate.MIN;
    for (int i = 0; i < index.size(); i++) {
      List<ControlChange> c = index.place(i).control();
      if (!c.isEmpty() && c.get(0).from().isAfter(from)) {
        from = c.get(0).from();
      }
    }
    span = Math.max(1, (int) (index.lastDate().toEpochDay() - from.toEpochDay()));
    shown = zones.at(from);
    BenchFx.start();
    PlaceSet set = PlaceSet.of(read);
    BenchFx.call(
        () -> {
          canvas = new Canvas(W, H);
          image = new WritableImage((int) W, (int) H);
          places = PlaceFrame.at(set, from, -1);
          zonePart =
              Overlays.forScreen(renderer).stream()
                  .map(Overlay::onScreen)
                  .filter(part -> part.getClass().getName().contains("Zone"))
                  .findFirst()
                  .orElseThrow();
          zoneView = new javafx.scene.Group(zonePart.node());
          zoneView.setClip(new javafx.scene.shape.Rectangle(W, H));
          zonePart.show(new MapFrame(places, shown, all, W, H), 1);
          return null;
        });
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    Platform.exit();
  }

  private LocalDate randomDate() {
    return from.plusDays(random.nextInt(span + 1));
  }

  @Benchmark
  public byte[] statuses() {
    index.statusesAt(randomDate(), statuses);
    return statuses;
  }

  @Benchmark
  public ZoneState recolour() {
    return zones.at(randomDate());
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public ZoneState buildCells() {
    return new Zones(index, land, Zones.DEFAULT_CAP_KM).at(from);
  }

  @Benchmark
  public Object zonesFrame() {
    return frame(true, false);
  }

  @Benchmark
  public Object placesFrame() {
    return frame(false, true);
  }

  @Benchmark
  public Object bothFrame() {
    return frame(true, true);
  }

  /**
   * The zones as the live map shows them, the view panned by a pixel (back and forth): the zone
   * part moves its painted canvas, and the view is read back.
   */
  @Benchmark
  public Object panZonesView() {
    pan ^= 1;
    Projection p = new Projection(all.scale(), all.offsetX() + pan, all.offsetY());
    return BenchFx.call(
        () -> {
          zonePart.show(new MapFrame(places, shown, p, W, H), 1);
          return zoneView.snapshot(new SnapshotParameters(), image);
        });
  }

  private Object frame(boolean withZones, boolean withPlaces) {
    return BenchFx.call(
        () -> {
          GraphicsContext gc = canvas.getGraphicsContext2D();
          gc.clearRect(0, 0, W, H);
          if (withZones) {
            ZonePainter.paint(gc, shown, all, W, H);
          }
          if (withPlaces) {
            renderer.draw(gc, places, all, W, H, renderer.labels(places, all, W, H));
          }
          return canvas.snapshot(new SnapshotParameters(), image);
        });
  }
}
