package org.situationmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Envelope;
import org.situationmap.domain.Coverage;
import org.situationmap.export.ExportOptions;
import org.situationmap.export.ExportRequest;
import org.situationmap.export.HeadlessFx;
import org.situationmap.export.OfflineTiles;
import org.situationmap.export.OsmTiles;
import org.situationmap.export.TileSupplier;
import org.situationmap.export.Viewport;
import org.situationmap.io.SituationReadException;
import org.situationmap.io.basemap.Basemap;
import org.situationmap.layer.Layer;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.tiles.OsmTileSource;
import org.situationmap.text.Messages;
import org.situationmap.zones.BasemapLand;
import org.situationmap.zones.Zones;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code export} and {@code animate} share: reading the layer, the view, the basemap, and the
 * exit codes — 0 ok, 1 bad arguments or data, 2 I/O error — with errors in one line on stderr.
 * JavaFX is started headless inside the command.
 */
abstract class MapCommand implements Callable<Integer> {
  static final int BAD_INPUT = 1;
  static final int IO_ERROR = 2;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the situation GeoJSON file")
  Path file;

  @Mixin MapOptions map;

  @Option(names = "--title", description = "caption title (default: the layer's title)")
  String title;

  @Option(names = "--select", paramLabel = "ID", description = "place to mark as selected")
  String select;

  /** Does the work; exceptions become exit codes. */
  abstract int run() throws IOException, SituationReadException, InterruptedException;

  @Override
  public final Integer call() {
    try {
      return run();
    } catch (IllegalArgumentException e) {
      return fail(e.getMessage(), BAD_INPUT);
    } catch (FileAlreadyExistsException e) {
      return fail(e.getFile() + " exists; use --force to replace it", BAD_INPUT);
    } catch (SituationReadException e) {
      return fail(e.getMessage(), e.getCause() instanceof IOException ? IO_ERROR : BAD_INPUT);
    } catch (IOException e) {
      return fail(describe(e), IO_ERROR);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted", IO_ERROR);
    }
  }

  /** Reads the layer (warning about skipped features), starts JavaFX and prepares for drawing. */
  Layer readLayer() throws SituationReadException {
    Layer layer = Layer.read(file);
    if (layer.skipped() > 0) {
      warn(ValidateCommand.skippedNotice(file, layer.skipped()));
    }
    HeadlessFx.ensureStarted();
    PlaceSet.of(layer);
    return layer;
  }

  /** The request for a layer at a date with this command's options. */
  ExportRequest request(Layer layer, LocalDate date, int defaultWidth, int defaultHeight)
      throws IOException {
    int w = map.width != null ? map.width : defaultWidth;
    int h = map.height != null ? map.height : defaultHeight;
    Envelope box = map.parseBbox();
    Viewport view =
        Viewport.fit(box != null ? box : Viewport.dataBox(layer), w, h, ExportOptions.ALL);
    int selected = -1;
    if (select != null) {
      selected = layer.index().indexOf(select);
      if (selected < 0) {
        throw new IllegalArgumentException(
            "invalid --select '" + select + "': no place has this id");
      }
    }
    return new ExportRequest(
            layer,
            date,
            selected,
            view,
            map.scale,
            title,
            ExportOptions.ALL,
            VersionProvider.version(),
            Messages.base())
        .withZones(zones(layer));
  }

  /** The layer's zones over the bundled basemap's land, or null with {@code --zones off}. */
  private Zones zones(Layer layer) throws IOException {
    if (!map.zonesOn()) {
      return null;
    }
    return new Zones(
        layer.index(), BasemapLand.regions(Basemap.loadBundled()), Zones.DEFAULT_CAP_KM);
  }

  /**
   * Warns, for each oblast in the picture whose coverage ended before {@code r}'s date, that the
   * picture may miss later changes there.
   */
  void warnAboutCoverage(ExportRequest r) {
    for (Coverage.Oblast oblast : r.lapsedCoverage()) {
      warn(Messages.base().coverageNotice(oblast));
    }
  }

  /** The basemap tiles the options ask for. */
  TileSupplier tiles(String basemap) throws IOException {
    OfflineTiles offline = OfflineTiles.bundled();
    if (!basemap.equals("osm")) {
      return offline;
    }
    if (OsmTileSource.networkDisabled()) {
      warn("network access is switched off; using offline tiles");
      return offline;
    }
    OsmTileSource osm =
        new OsmTileSource(
            OsmTileSource.OSM_URL,
            OsmTileSource.defaultCacheDir(),
            "SituationMap/" + VersionProvider.version() + " (situation-map " + spec.name() + ")");
    return new OsmTiles(osm, offline, message -> warn(Messages.base().format(message)));
  }

  void warn(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("situation-map " + spec.name() + ": warning: " + message);
    err.flush();
  }

  void verbose(String message) {
    if (map.verbose) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("situation-map " + spec.name() + ": " + message);
      err.flush();
    }
  }

  int fail(String message, int code) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("situation-map " + spec.name() + ": " + message);
    err.flush();
    return code;
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return "no such file or folder: " + n.getFile();
    }
    if (e instanceof AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }
}
