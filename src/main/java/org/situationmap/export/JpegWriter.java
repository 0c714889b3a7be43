package org.situationmap.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.Node;

/**
 * Writes JPEG files, atomically (see {@link AtomicFiles}), at a quality that keeps the map's lines
 * and text clean, with the snapshot's metadata as one comment (COM) segment of "key: value" lines.
 */
public final class JpegWriter {
  /** Compression quality, 0–1. */
  static final float QUALITY = 0.92f;

  private static final String FORMAT = "javax_imageio_jpeg_image_1.0";

  private JpegWriter() {}

  /** Writes an opaque RGB image with its metadata in a comment. */
  public static void write(
      BufferedImage image, Map<String, String> text, Path out, boolean overwrite)
      throws IOException {
    AtomicFiles.write(
        out,
        overwrite,
        stream -> {
          ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
          try (ImageOutputStream ios = ImageIO.createImageOutputStream(stream)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            IIOMetadata meta =
                writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            addComment(meta, text);
            writer.write(null, new IIOImage(image, null, meta), param);
          } finally {
            writer.dispose();
          }
        });
  }

  private static void addComment(IIOMetadata meta, Map<String, String> text) throws IOException {
    StringBuilder comment = new StringBuilder();
    for (Map.Entry<String, String> e : text.entrySet()) {
      comment.append(e.getKey()).append(": ").append(e.getValue()).append('\n');
    }
    Node root = meta.getAsTree(FORMAT);
    Node markers = null;
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeName().equals("markerSequence")) {
        markers = n;
      }
    }
    if (markers == null) {
      return;
    }
    IIOMetadataNode com = new IIOMetadataNode("com");
    com.setAttribute("comment", comment.toString().strip());
    markers.appendChild(com);
    meta.setFromTree(FORMAT, root);
  }
}
