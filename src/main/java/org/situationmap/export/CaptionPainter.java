package org.situationmap.export;

import java.util.EnumMap;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.situationmap.domain.ControlStatus;
import org.situationmap.layer.Layer;
import org.situationmap.map.overlay.MapFrame;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.SymbolPaths;
import org.situationmap.text.Messages;
import org.situationmap.zones.ZoneState;

/**
 * Draws what makes an image citable, over the map's edges: a title band (title and the date in
 * words, followed on dates after an oblast's coverage by how far it was checked), the legend
 * (symbols and how many of the places in the image are in each status at the date, and with zones
 * the area each status holds), the scale bar and an attribution band (basemap and data with its
 * updated date; with zones, the line that says how they were estimated above it). FX thread.
 */
final class CaptionPainter {
  static final double TITLE_BAND = 52;
  static final double ATTRIBUTION_BAND = 20;
  static final double LEGEND_WIDTH = 150;
  private static final double PAD = 10;
  private static final double LABEL_ROOM = 80;
  private static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 17);
  private static final Font DATE_FONT = Font.font("System", 14);
  private static final Font LEGEND_TITLE_FONT = Font.font("System", FontWeight.BOLD, 12);
  private static final Font LEGEND_FONT = Font.font("System", 12);
  private static final Font SMALL_FONT = Font.font("System", 10.5);
  private static final Color INK = Color.web("#1F2A36");
  private static final Color MUTED = Color.web("#4A5563");
  private static final Color PANEL = Color.rgb(255, 255, 255, 0.92);
  private static final Color RULE = Color.web("#C9CDD3");
  private static final Color WARNING = Color.web("#8A3B00");

  private CaptionPainter() {}

  /** Space the overlays take at the image edges: top, right, bottom, left (logical pixels). */
  static double[] insets(ExportOptions include) {
    double top = include.title() ? TITLE_BAND : 0;
    double bottom = (include.attribution() ? ATTRIBUTION_BAND : 0) + (include.scaleBar() ? 30 : 0);
    double left = include.legend() ? LEGEND_WIDTH + 2 * PAD : 0;
    // labels sit right of their symbols: leave room for them at the right edge
    return new double[] {top + PAD, LABEL_ROOM, bottom + PAD, left + PAD};
  }

  /**
   * The bands across the image's top and foot that cover the map (the title band; the attribution
   * and the zones' note), as margins: top and bottom in logical pixels.
   */
  static Insets bands(ExportRequest r) {
    double top = r.include().title() ? TITLE_BAND : 0;
    double bottom =
        (r.include().attribution() ? ATTRIBUTION_BAND : 0)
            + (r.zones() != null ? ATTRIBUTION_BAND : 0);
    return new Insets(top, 0, bottom, 0);
  }

  static void draw(GraphicsContext gc, ExportRequest r, String basemapAttribution, MapFrame frame) {
    Viewport v = r.viewport();
    ZoneState zones = frame.zones();
    ExportOptions include = r.include();
    gc.setTextAlign(TextAlignment.LEFT);
    double top = 0;
    if (include.title()) {
      drawTitle(gc, r, v);
      top = TITLE_BAND;
    }
    if (include.legend()) {
      double h = drawLegend(gc, countsInView(frame), PAD, top + PAD, r.text());
      if (zones != null) {
        ZoneLegend.draw(gc, zones, PAD, top + PAD + h + 6, ZoneLegend.WIDTH, r.text());
      }
    }
    double bottom = v.height();
    if (include.attribution()) {
      drawAttribution(gc, r, v, basemapAttribution);
      bottom -= ATTRIBUTION_BAND;
    }
    if (zones != null) {
      drawZoneNote(
          gc,
          ExportText.fit(
              ZoneLegend.caveat(r.zones(), r.text()), SMALL_FONT, v.width() - 2 * PAD, r.text()),
          v,
          bottom);
      bottom -= ATTRIBUTION_BAND;
    }
    if (include.scaleBar()) {
      ScaleBar.draw(gc, v, PAD + 6, bottom - PAD - 4, r.text());
    }
  }

  private static void drawTitle(GraphicsContext gc, ExportRequest r, Viewport v) {
    gc.setFill(PANEL);
    gc.fillRect(0, 0, v.width(), TITLE_BAND);
    gc.setStroke(RULE);
    gc.setLineWidth(1);
    gc.strokeLine(0, TITLE_BAND - 0.5, v.width(), TITLE_BAND - 0.5);
    gc.setTextBaseline(VPos.BASELINE);
    gc.setFill(INK);
    gc.setFont(TITLE_FONT);
    gc.fillText(ExportText.fit(r.title(), TITLE_FONT, v.width() - 2 * PAD, r.text()), PAD, 22);
    gc.setFill(MUTED);
    gc.setFont(DATE_FONT);
    String date = r.text().date(r.date());
    gc.fillText(date, PAD, 43);
    String lapsed =
        r.lapsedCoverage().stream()
            .map(r.text()::coverageNotice)
            .collect(Collectors.joining(" · "));
    if (!lapsed.isEmpty()) {
      double x = PAD + ExportText.width(date, DATE_FONT) + 14;
      gc.setFill(WARNING);
      gc.setFont(SMALL_FONT);
      gc.fillText(ExportText.fit(lapsed, SMALL_FONT, v.width() - PAD - x, r.text()), x, 43);
    }
  }

  /** How many of the places inside the frame are in each status at its date. */
  static EnumMap<ControlStatus, Integer> countsInView(MapFrame frame) {
    PlaceFrame places = frame.places();
    int[] counts = new int[ControlStatus.values().length];
    for (int i : places.set().inside(frame.projection(), frame.width(), frame.height())) {
      counts[places.status(i)]++;
    }
    EnumMap<ControlStatus, Integer> byStatus = new EnumMap<>(ControlStatus.class);
    for (ControlStatus s : ControlStatus.values()) {
      byStatus.put(s, counts[s.ordinal()]);
    }
    return byStatus;
  }

  /** Draws the legend of counts in view; returns its height. */
  private static double drawLegend(
      GraphicsContext gc,
      EnumMap<ControlStatus, Integer> counts,
      double x,
      double y,
      Messages text) {
    double row = 19;
    double h = 26 + row * counts.size();
    legendPanel(gc, x, y, LEGEND_WIDTH, h, text.format("legend.title.inView"));
    double cy = y + 14 + row;
    for (ControlStatus s : ControlStatus.values()) {
      SymbolPaths.drawSymbol(gc, s, x + 17, cy, 5.5);
      gc.setFill(INK);
      gc.setFont(LEGEND_FONT);
      gc.setTextAlign(TextAlignment.LEFT);
      gc.fillText(text.status(s), x + 30, cy);
      gc.setTextAlign(TextAlignment.RIGHT);
      gc.fillText(text.count(counts.getOrDefault(s, 0)), x + LEGEND_WIDTH - 10, cy);
      gc.setTextAlign(TextAlignment.LEFT);
      cy += row;
    }
    return h;
  }

  /** A legend's rounded panel with its bold title, {@code w × h} at (x, y). */
  static void legendPanel(
      GraphicsContext gc, double x, double y, double w, double h, String title) {
    gc.setFill(PANEL);
    gc.fillRoundRect(x, y, w, h, 8, 8);
    gc.setStroke(RULE);
    gc.setLineWidth(1);
    gc.strokeRoundRect(x + 0.5, y + 0.5, w - 1, h - 1, 8, 8);
    gc.setTextBaseline(VPos.CENTER);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setFill(INK);
    gc.setFont(LEGEND_TITLE_FONT);
    gc.fillText(title, x + 10, y + 14);
  }

  /** A band over the map's foot, above the attribution, saying how the zones were estimated. */
  private static void drawZoneNote(GraphicsContext gc, String note, Viewport v, double bottom) {
    double y = bottom - ATTRIBUTION_BAND;
    gc.setFill(PANEL);
    gc.fillRect(0, y, v.width(), ATTRIBUTION_BAND);
    gc.setFont(SMALL_FONT);
    gc.setFill(INK);
    gc.setTextBaseline(VPos.CENTER);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.fillText(note, PAD, y + ATTRIBUTION_BAND / 2);
  }

  private static void drawAttribution(
      GraphicsContext gc, ExportRequest r, Viewport v, String basemapAttribution) {
    double y = v.height() - ATTRIBUTION_BAND;
    gc.setFill(PANEL);
    gc.fillRect(0, y, v.width(), ATTRIBUTION_BAND);
    gc.setStroke(RULE);
    gc.setLineWidth(1);
    gc.strokeLine(0, y + 0.5, v.width(), y + 0.5);
    gc.setFont(SMALL_FONT);
    gc.setFill(MUTED);
    gc.setTextBaseline(VPos.CENTER);
    String basemap = basemapAttribution(r.text(), basemapAttribution);
    double basemapWidth = ExportText.width(basemap, SMALL_FONT);
    gc.setTextAlign(TextAlignment.RIGHT);
    gc.fillText(basemap, v.width() - PAD, y + ATTRIBUTION_BAND / 2);
    gc.setTextAlign(TextAlignment.LEFT);
    String data = dataAttribution(r.layer(), r.text());
    double room = v.width() - 3 * PAD - basemapWidth - 8;
    gc.fillText(ExportText.fit(data, SMALL_FONT, room, r.text()), PAD, y + ATTRIBUTION_BAND / 2);
  }

  /** "Basemap: Natural Earth; GSHHG". */
  static String basemapAttribution(Messages text, String attribution) {
    return text.format("export.attribution.basemap", "attribution", attribution);
  }

  /** "Data: TITLE, updated 24 November 2026". */
  static String dataAttribution(Layer layer, Messages text) {
    String title = text.layerTitle(layer.title());
    return layer.updated() == null
        ? text.format("export.attribution.data", "title", title)
        : text.format(
            "export.attribution.dataUpdated", "title", title, "date", text.date(layer.updated()));
  }
}
