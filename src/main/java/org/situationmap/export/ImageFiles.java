package org.situationmap.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.situationmap.text.Message;
import org.situationmap.text.MessageException;

/**
 * The image formats a snapshot can be saved in, chosen by the file's extension: {@code .png}
 * (lossless, metadata as tEXt) or {@code .jpg}/{@code .jpeg} (metadata as a comment).
 */
public enum ImageFiles {
  /** Portable Network Graphics. */
  PNG,
  /** JPEG. */
  JPEG;

  /** The format of a file name; a name with another extension is refused with a message. */
  public static ImageFiles of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) {
      return PNG;
    }
    if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
      return JPEG;
    }
    throw new MessageException(
        Message.of("export.invalid.extension", "file", file.getFileName().toString()));
  }

  /** Writes an image in this format, atomically. */
  public void write(BufferedImage image, Map<String, String> text, Path out, boolean overwrite)
      throws IOException {
    switch (this) {
      case PNG -> PngWriter.write(image, text, out, overwrite);
      case JPEG -> JpegWriter.write(image, text, out, overwrite);
    }
  }
}
