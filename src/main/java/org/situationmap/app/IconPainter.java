package org.situationmap.app;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the application icon: a map tile crossed by a river, with the three control symbols
 * (Ukraine circle, contested diamond, Russia square). Run {@code main} to regenerate {@code
 * icons/situation-map-N.png}.
 */
public final class IconPainter {
  static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512};

  private IconPainter() {}

  /** Writes every size into a directory (default {@code icons}). */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "icons");
    Files.createDirectories(dir);
    for (int size : SIZES) {
      ImageIO.write(paint(size), "png", dir.resolve("situation-map-" + size + ".png").toFile());
    }
  }

  /** Paints the icon at a size in pixels. */
  public static BufferedImage paint(int size) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.scale(size / 64.0, size / 64.0);
    g.setColor(new Color(0x1F2A36));
    g.fill(new RoundRectangle2D.Double(1, 1, 62, 62, 14, 14));
    g.setColor(new Color(0xF2EFE9));
    g.fill(new RoundRectangle2D.Double(5, 5, 54, 54, 9, 9));
    Path2D river = new Path2D.Double();
    river.moveTo(5, 22);
    river.curveTo(22, 14, 30, 40, 59, 34);
    g.setColor(new Color(0x7DB3D3));
    g.setStroke(new BasicStroke(size < 32 ? 5f : 4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
    g.draw(river);
    g.setStroke(new BasicStroke(size < 32 ? 3f : 2f));
    g.setColor(new Color(0x0072B2));
    g.fill(new Ellipse2D.Double(10, 36, 16, 16));
    g.setColor(new Color(0xD55E00));
    g.fill(new Rectangle2D.Double(39, 10, 15, 15));
    if (size >= 32) {
      Path2D diamond = new Path2D.Double();
      diamond.moveTo(44, 38);
      diamond.lineTo(52, 46);
      diamond.lineTo(44, 54);
      diamond.lineTo(36, 46);
      diamond.closePath();
      g.setColor(new Color(0xE69F00));
      g.fill(diamond);
    }
    g.dispose();
    return img;
  }
}
