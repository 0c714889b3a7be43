package org.situationmap.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.map.places.raster.SymbolCache;
import org.situationmap.zones.ZoneState;

/**
 * Writes an animated, looping GIF with the JDK's ImageIO writer. Frames are drawn by {@link
 * MapImageRenderer} one at a time and streamed to the file, so memory does not grow with the number
 * of frames; the basemap tiles are fetched once. Call off the FX thread.
 */
public final class GifAnimator {
  /** Hears about each finished frame (on the calling thread). */
  @FunctionalInterface
  public interface Progress {
    /** Frame {@code done} of {@code total} (1-based), showing {@code date}, is written. */
    void frameWritten(int done, int total, LocalDate date);
  }

  private final TileSupplier tiles;
  private final SymbolCache symbols;

  /** An animator drawing the basemap from {@code tiles}, with symbol images of its own. */
  public GifAnimator(TileSupplier tiles) {
    this(tiles, new SymbolCache());
  }

  /** An animator drawing the basemap from {@code tiles} and symbols with {@code symbols}. */
  public GifAnimator(TileSupplier tiles, SymbolCache symbols) {
    this.tiles = tiles;
    this.symbols = symbols;
  }

  /**
   * Writes the animation atomically.
   *
   * @throws CancellationException when {@code cancelled} turned true; nothing is left behind
   */
  public void write(
      AnimationRequest a, Path out, boolean overwrite, Progress progress, BooleanSupplier cancelled)
      throws IOException, InterruptedException {
    AtomicFiles.checkWritable(out, overwrite);
    ExportRequest base = a.frame();
    TileMosaic mosaic = TileMosaic.fetch(base.viewport(), tiles, base.scale());
    MapImageRenderer renderer = HeadlessFx.call(() -> new MapImageRenderer(base, symbols));
    List<LocalDate> dates = a.dates();
    AtomicFiles.write(
        out,
        overwrite,
        stream -> {
          ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
          try (ImageOutputStream ios = ImageIO.createImageOutputStream(stream)) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < dates.size(); i++) {
              if (cancelled.getAsBoolean()) {
                throw new CancellationException("animation cancelled");
              }
              ExportRequest r = base.at(dates.get(i));
              BufferedImage img = frame(renderer, r, mosaic);
              int delay = i == dates.size() - 1 ? a.lastFrameDelay() : a.frameDelay();
              writer.writeToSequence(
                  new IIOImage(img, null, metadata(writer, img, delay, i == 0)), null);
              progress.frameWritten(i + 1, dates.size(), dates.get(i));
            }
            writer.endWriteSequence();
          } finally {
            writer.dispose();
          }
        });
  }

  private static BufferedImage frame(MapImageRenderer renderer, ExportRequest r, TileMosaic mosaic)
      throws IOException {
    PlaceFrame frame = PlaceFrame.at(PlaceSet.of(r.layer()), r.date(), r.selected());
    ZoneState zones = SnapshotExporter.zonesOf(r);
    try {
      return HeadlessFx.call(() -> renderer.render(r, mosaic, frame, zones));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    }
  }

  private static IIOMetadata metadata(
      ImageWriter writer, BufferedImage img, int delay, boolean first) throws IOException {
    IIOMetadata meta =
        writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
    String format = meta.getNativeMetadataFormatName();
    IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
    IIOMetadataNode gce = child(root, "GraphicControlExtension");
    gce.setAttribute("disposalMethod", "none");
    gce.setAttribute("userInputFlag", "FALSE");
    gce.setAttribute("transparentColorFlag", "FALSE");
    gce.setAttribute("delayTime", Integer.toString(delay));
    gce.setAttribute("transparentColorIndex", "0");
    if (first) {
      IIOMetadataNode ext = new IIOMetadataNode("ApplicationExtension");
      ext.setAttribute("applicationID", "NETSCAPE");
      ext.setAttribute("authenticationCode", "2.0");
      ext.setUserObject(new byte[] {1, 0, 0});
      child(root, "ApplicationExtensions").appendChild(ext);
    }
    meta.setFromTree(format, root);
    return meta;
  }

  private static IIOMetadataNode child(IIOMetadataNode root, String name) {
    for (int i = 0; i < root.getLength(); i++) {
      if (root.item(i).getNodeName().equals(name)) {
        return (IIOMetadataNode) root.item(i);
      }
    }
    IIOMetadataNode node = new IIOMetadataNode(name);
    root.appendChild(node);
    return node;
  }
}
