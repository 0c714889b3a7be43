package org.situationmap.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Writes PNG files with tEXt metadata, atomically (see {@link AtomicFiles}). */
public final class PngWriter {
  private static final String FORMAT = "javax_imageio_png_1.0";

  private PngWriter() {}

  /** Writes an image with one tEXt entry per map entry (Latin-1 text). */
  public static void write(
      BufferedImage image, Map<String, String> text, Path out, boolean overwrite)
      throws IOException {
    AtomicFiles.write(
        out,
        overwrite,
        stream -> {
          Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
          ImageWriter writer = writers.next();
          try (ImageOutputStream ios = ImageIO.createImageOutputStream(stream)) {
            writer.setOutput(ios);
            IIOMetadata meta =
                writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image),
                    writer.getDefaultWriteParam());
            addText(meta, text);
            writer.write(new IIOImage(image, null, meta));
          } finally {
            writer.dispose();
          }
        });
  }

  private static void addText(IIOMetadata meta, Map<String, String> text)
      throws IIOInvalidTreeException {
    IIOMetadataNode entries = new IIOMetadataNode("tEXt");
    for (Map.Entry<String, String> e : text.entrySet()) {
      IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
      entry.setAttribute("keyword", e.getKey());
      entry.setAttribute("value", latin1(e.getValue()));
      entries.appendChild(entry);
    }
    IIOMetadataNode root = new IIOMetadataNode(FORMAT);
    root.appendChild(entries);
    meta.mergeTree(FORMAT, root);
  }

  /** tEXt holds Latin-1; other characters become '?'. */
  private static String latin1(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(c < 256 && (c >= 32 || c == '\n') ? c : (c == '–' || c == '—' ? '-' : '?'));
    }
    return b.toString();
  }
}
