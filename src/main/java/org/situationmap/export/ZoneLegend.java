package org.situationmap.export;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.situationmap.domain.ControlStatus;
import org.situationmap.map.zones.ZoneStyle;
import org.situationmap.text.Messages;
import org.situationmap.zones.ZoneState;
import org.situationmap.zones.Zones;

/**
 * The zones' part of an exported image's caption: a panel under the legend with the area each
 * status holds at the date (both oblasts together, in km²; land assigned to no place as
 * "unassigned"), and the sentence that says how the zones were estimated. FX thread.
 */
final class ZoneLegend {
  /** Width of the area panel: room for "Unassigned" and six digits. */
  static final double WIDTH = 178;

  private static final double ROW = 19;
  private static final Font FONT = Font.font("System", 12);
  private static final Color INK = Color.web("#1F2A36");
  private static final Color RULE = Color.web("#C9CDD3");

  private ZoneLegend() {}

  /** "Zones estimated from the nearest sourced place (up to 15 km); not a surveyed front line". */
  static String caveat(Zones zones, Messages text) {
    return text.format("zones.caveat", "km", zones.capKm());
  }

  /** Draws the area panel at (x, y), {@code width} wide; returns its height. */
  static double draw(
      GraphicsContext gc, ZoneState zones, double x, double y, double width, Messages text) {
    ControlStatus[] rows = ControlStatus.values();
    double h = 26 + ROW * rows.length;
    CaptionPainter.legendPanel(gc, x, y, width, h, text.format("legend.area.title"));
    double cy = y + 14 + ROW;
    for (ControlStatus s : rows) {
      swatch(gc, s, x + 11, cy - 5);
      gc.setFill(INK);
      gc.setFont(FONT);
      gc.setTextAlign(TextAlignment.LEFT);
      gc.fillText(areaName(s, text), x + 30, cy);
      gc.setTextAlign(TextAlignment.RIGHT);
      gc.fillText(
          text.format("legend.area.km2", "km2", Math.round(zones.km2(s))), x + width - 10, cy);
      cy += ROW;
    }
    gc.setTextAlign(TextAlignment.LEFT);
    return h;
  }

  /** The name of a status's land in the area panel: land of no place is "unassigned". */
  static String areaName(ControlStatus s, Messages text) {
    return s == ControlStatus.UNKNOWN ? text.format("legend.area.unassigned") : text.status(s);
  }

  private static void swatch(GraphicsContext gc, ControlStatus s, double x, double y) {
    Paint fill = ZoneStyle.fill(s);
    gc.setFill(Color.WHITE);
    gc.fillRect(x, y, 13, 10);
    if (fill != null) {
      gc.setFill(fill);
      gc.fillRect(x, y, 13, 10);
    }
    gc.setStroke(RULE);
    gc.setLineWidth(1);
    gc.strokeRect(x + 0.5, y + 0.5, 12, 9);
  }
}
