package org.situationmap.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.places.raster.SymbolCache;
import org.situationmap.text.Messages;
import org.situationmap.zones.ZoneState;

/**
 * Writes PNG snapshots: fetches the tiles on the calling thread, draws on the FX thread, encodes on
 * the calling thread. Call it off the FX thread (a background task, or the CLI's main thread).
 */
public final class SnapshotExporter {
  private final TileSupplier tiles;
  private final SymbolCache symbols;

  /** An exporter drawing the basemap from {@code tiles}, with symbol images of its own. */
  public SnapshotExporter(TileSupplier tiles) {
    this(tiles, new SymbolCache());
  }

  /** An exporter drawing the basemap from {@code tiles} and symbols with {@code symbols}. */
  public SnapshotExporter(TileSupplier tiles, SymbolCache symbols) {
    this.tiles = tiles;
    this.symbols = symbols;
  }

  /** A rendered image with the attribution actually drawn. */
  public record Rendered(BufferedImage image, String basemapAttribution) {}

  /** Renders a request. */
  public Rendered render(ExportRequest r) throws InterruptedException {
    TileMosaic mosaic = TileMosaic.fetch(r.viewport(), tiles, r.scale());
    PlaceFrame frame = PlaceFrame.at(PlaceSet.of(r.layer()), r.date(), r.selected());
    ZoneState zones = zonesOf(r);
    BufferedImage img =
        HeadlessFx.call(() -> new MapImageRenderer(r, symbols).render(r, mosaic, frame, zones));
    return new Rendered(img, mosaic.attribution());
  }

  /**
   * The zones a request draws at its date, or null for none. May build the zones' cells: call it
   * off the FX thread.
   */
  static ZoneState zonesOf(ExportRequest r) {
    return r.zones() == null ? null : r.zones().at(r.date());
  }

  /**
   * Renders a request and writes it as a PNG or JPEG (by the file's extension, {@link ImageFiles})
   * with metadata; returns what was drawn.
   */
  public Rendered writePng(ExportRequest r, Path out, boolean overwrite)
      throws IOException, InterruptedException {
    ImageFiles format = ImageFiles.of(out);
    AtomicFiles.checkWritable(out, overwrite);
    Rendered rendered = render(r);
    format.write(rendered.image(), metadata(r, rendered.basemapAttribution()), out, overwrite);
    return rendered;
  }

  /** Writes the citation Markdown for a snapshot saved as {@code png}, drawn as {@code image}. */
  public static void writeMarkdown(
      ExportRequest r, Rendered image, Path png, Path out, boolean overwrite) throws IOException {
    byte[] text =
        CitationMarkdown.render(r, png.getFileName().toString(), image.basemapAttribution())
            .getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(out, overwrite, stream -> stream.write(text));
  }

  /** The Markdown file beside a PNG: {@code name.png} → {@code name.md}. */
  public static Path markdownPath(Path png) {
    String name = png.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return png.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".md");
  }

  /** The PNG tEXt entries: title, date, data file, data updated date, software, attribution. */
  public static Map<String, String> metadata(ExportRequest r, String basemapAttribution) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Title", r.title());
    m.put("Date", r.date().toString());
    if (r.layer().fileName() != null) {
      m.put("Data File", r.layer().fileName());
    }
    if (r.layer().updated() != null) {
      m.put("Data Updated", r.layer().updated().toString());
    }
    Messages text = r.text();
    m.put(
        "Software",
        text.format(
            "export.meta.software", "app", text.format("app.name"), "version", r.appVersion()));
    m.put(
        "Copyright",
        text.format(
            "export.meta.copyright",
            "basemap",
            CaptionPainter.basemapAttribution(text, basemapAttribution),
            "data",
            CaptionPainter.dataAttribution(r.layer(), text)));
    return m;
  }
}
