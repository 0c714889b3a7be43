package org.situationmap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.situationmap.export.AtomicFiles;
import org.situationmap.export.ExportRequest;
import org.situationmap.export.ImageFiles;
import org.situationmap.export.SnapshotExporter;
import org.situationmap.io.SituationReadException;
import org.situationmap.layer.Layer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export FILE --date D --out OUT.png [--width W --height H] [--bbox …] [--scale 1|2]
 * [--basemap offline|osm|mbtiles:PATH]}: a PNG snapshot, drawn headless exactly as the app draws
 * it, with caption, legend, scale bar, attribution and tEXt metadata.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = MapCommand.BAD_INPUT,
    description = {
      "Write a PNG snapshot of the map at a date (works with no display).",
      "Exit 0 ok, 1 bad arguments or data, 2 I/O error."
    })
public final class ExportCommand extends MapCommand {
  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "the date")
  LocalDate date;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "OUT.png",
      description = "the image to write: .png, or .jpg/.jpeg for a JPEG")
  Path out;

  @Option(
      names = "--markdown",
      description =
          "also write OUT.md: recent changes and the selected place's notes, with sources")
  boolean markdown;

  @Override
  int run() throws IOException, SituationReadException, InterruptedException {
    String basemap = map.checkedBasemap();
    map.parseBbox();
    ImageFiles format = ImageFiles.of(out);
    AtomicFiles.checkWritable(out, map.force);
    Path md = SnapshotExporter.markdownPath(out);
    if (markdown) {
      AtomicFiles.checkWritable(md, map.force);
    }
    long t0 = System.nanoTime();
    Layer layer = readLayer();
    ExportRequest request = request(layer, date, 1600, 1000);
    warnAboutCoverage(request);
    SnapshotExporter exporter = new SnapshotExporter(tiles(basemap));
    long t1 = System.nanoTime();
    SnapshotExporter.Rendered image = exporter.render(request);
    long t2 = System.nanoTime();
    format.write(
        image.image(),
        SnapshotExporter.metadata(request, image.basemapAttribution()),
        out,
        map.force);
    if (markdown) {
      SnapshotExporter.writeMarkdown(request, image, out, md, map.force);
    }
    long t3 = System.nanoTime();
    verbose(
        String.format(
            java.util.Locale.ROOT,
            "%d×%d px: read and start %d ms, render %d ms, encode and write %d ms",
            request.pixelWidth(),
            request.pixelHeight(),
            (t1 - t0) / 1_000_000,
            (t2 - t1) / 1_000_000,
            (t3 - t2) / 1_000_000));
    return 0;
  }
}
