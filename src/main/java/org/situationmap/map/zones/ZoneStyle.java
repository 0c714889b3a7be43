package org.situationmap.map.zones;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import org.situationmap.domain.ControlStatus;
import org.situationmap.map.places.PlaceStyle;

/**
 * How zones look: translucent fills in the status colours (so the basemap and place symbols stay
 * readable), contested land hatched so that it reads in greyscale too, unassigned land left plain,
 * and the front line as a dark stroke on a light casing.
 */
public final class ZoneStyle {
  /** Opacity of zone fills. */
  public static final double FILL_ALPHA = 0.26;

  /** Width of the front line in logical pixels. */
  public static final double FRONT_WIDTH = 2.2;

  /** Width of the light casing under the front line. */
  public static final double CASING_WIDTH = 4.6;

  /** Colour of the front line. */
  public static final Color FRONT = Color.web("#5A1A00");

  /** Colour of the casing under the front line. */
  public static final Color CASING = Color.web("#FFFFFF", 0.85);

  private static final int HATCH = 8;
  private static final Paint CONTESTED = hatch();

  private ZoneStyle() {}

  /** The fill of a status, or null for land that is drawn plain. */
  public static Paint fill(ControlStatus status) {
    return switch (status) {
      case UKRAINE, RUSSIA -> translucent(PlaceStyle.colour(status));
      case CONTESTED -> CONTESTED;
      case UNKNOWN -> null;
    };
  }

  private static Color translucent(Color c) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), FILL_ALPHA);
  }

  /** Diagonal stripes in the contested colour over a lighter wash, repeating every 8 px. */
  private static Paint hatch() {
    WritableImage tile = new WritableImage(HATCH, HATCH);
    PixelWriter w = tile.getPixelWriter();
    Color base = PlaceStyle.colour(ControlStatus.CONTESTED);
    Color wash = new Color(base.getRed(), base.getGreen(), base.getBlue(), FILL_ALPHA * 0.6);
    Color stripe = new Color(base.getRed(), base.getGreen(), base.getBlue(), 0.75);
    for (int y = 0; y < HATCH; y++) {
      for (int x = 0; x < HATCH; x++) {
        int d = Math.floorMod(x + y, HATCH);
        w.setColor(x, y, d < 2 ? stripe : wash);
      }
    }
    return new ImagePattern(tile, 0, 0, HATCH, HATCH, false);
  }
}
