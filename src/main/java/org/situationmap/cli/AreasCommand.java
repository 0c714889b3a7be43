package org.situationmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.situationmap.domain.ControlStatus;
import org.situationmap.export.AtomicFiles;
import org.situationmap.io.SituationReadException;
import org.situationmap.io.basemap.Basemap;
import org.situationmap.layer.Layer;
import org.situationmap.zones.BasemapLand;
import org.situationmap.zones.Dissolved;
import org.situationmap.zones.LandRegion;
import org.situationmap.zones.ZoneState;
import org.situationmap.zones.Zones;
import org.situationmap.zones.ZonesGeoJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code areas FILE --date D [--cap-km 15] [--out zones.geojson] [--force]}: the area each status
 * holds in each oblast at a date, as CSV {@code oblast,status,area_km2}, from zones estimated from
 * the nearest sourced place; optionally the zones themselves as GeoJSON. Exit 0 ok, 1 bad arguments
 * or data, 2 I/O error (as {@code export}). Needs no display.
 */
@Command(
    name = "areas",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = MapCommand.BAD_INPUT,
    description = {
      "Print the km² each status holds per oblast at a date (CSV: oblast,status,area_km2).",
      "Zones estimated from the nearest sourced place (up to 15 km); not a surveyed front line.",
      "Exit 0 ok, 1 bad arguments or data, 2 I/O error."
    })
public final class AreasCommand implements Callable<Integer> {
  static final String HEADER = "oblast,status,area_km2";

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the situation GeoJSON file")
  private Path file;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the date")
  private LocalDate date;

  @Option(
      names = "--cap-km",
      defaultValue = "15",
      paramLabel = "KM",
      description = "land farther than this from every place stays unassigned (default: 15)")
  private double capKm;

  @Option(
      names = "--out",
      paramLabel = "zones.geojson",
      description = "also write the zones as GeoJSON, one feature per status per oblast")
  private Path out;

  @Option(names = "--force", description = "replace the output file if it exists")
  private boolean force;

  @Override
  public Integer call() {
    try {
      if (!(capKm > 0)) {
        return fail(
            "invalid --cap-km " + capKm + ": expected a distance above 0", MapCommand.BAD_INPUT);
      }
      if (out != null) {
        AtomicFiles.checkWritable(out, force);
      }
      Layer layer = Layer.read(file);
      if (layer.skipped() > 0) {
        warn(ValidateCommand.skippedNotice(file, layer.skipped()));
      }
      List<LandRegion> regions = BasemapLand.regions(Basemap.loadBundled());
      Zones zones = new Zones(layer.index(), regions, capKm);
      ZoneState state = zones.at(date);
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(csv(state, regions));
      stdout.flush();
      if (out != null) {
        List<Dissolved.Zone> dissolved = Dissolved.of(state, regions);
        AtomicFiles.write(
            out,
            force,
            stream -> ZonesGeoJson.write(dissolved, ZonesGeoJson.NEAREST_PLACE, stream));
      }
      return 0;
    } catch (FileAlreadyExistsException e) {
      return fail(e.getFile() + " exists; use --force to replace it", MapCommand.BAD_INPUT);
    } catch (SituationReadException e) {
      return fail(
          e.getMessage(),
          e.getCause() instanceof IOException ? MapCommand.IO_ERROR : MapCommand.BAD_INPUT);
    } catch (NoSuchFileException e) {
      return fail("no such file or folder: " + e.getFile(), MapCommand.IO_ERROR);
    } catch (IOException e) {
      return fail(e.getMessage() != null ? e.getMessage() : e.toString(), MapCommand.IO_ERROR);
    }
  }

  /** One row per oblast and status (all four, in enum order), areas to 0.1 km². */
  static String csv(ZoneState state, List<LandRegion> regions) {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int r = 0; r < regions.size(); r++) {
      for (ControlStatus status : ControlStatus.values()) {
        text.append(regions.get(r).name())
            .append(',')
            .append(status.word())
            .append(',')
            .append(String.format(Locale.ROOT, "%.1f", state.km2(r, status)))
            .append('\n');
      }
    }
    return text.toString();
  }

  private void warn(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("situation-map areas: warning: " + message);
    err.flush();
  }

  private int fail(String message, int code) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("situation-map areas: " + message);
    err.flush();
    return code;
  }
}
