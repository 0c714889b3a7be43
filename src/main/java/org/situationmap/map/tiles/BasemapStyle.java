package org.situationmap.map.tiles;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/** Colours and strokes of the offline basemap: muted, so that control symbols stand out. */
final class BasemapStyle {
  static final Color WATER = new Color(0xAAD3DF);
  static final Color LAND = new Color(0xF2EFE9);
  static final Color OUTSIDE = new Color(0xE4E2DC);
  static final Color FOCUS_FILL = new Color(0xFAF7F0);
  static final Color OBLAST_LINE = new Color(0xA59BAA);
  static final Color FOCUS_LINE = new Color(0x6E5A78);
  static final Color BORDER_LINE = new Color(0x8A6A94);
  static final Color SHORE = new Color(0x86B6C8);
  static final Color RIVER = new Color(0x7DB3D3);
  static final Color RIVER_LABEL = new Color(0x3F7FA6);

  static final Font RIVER_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 11);

  /** The two oblasts the application is about; drawn with emphasis. */
  static boolean isFocus(String oblastName) {
    return "Luhansk".equals(oblastName) || "Donetsk".equals(oblastName);
  }

  static Stroke oblastStroke(double zoom) {
    return new BasicStroke(
        (float) (zoom < 8 ? 0.8 : 1.2),
        BasicStroke.CAP_ROUND,
        BasicStroke.JOIN_ROUND,
        1f,
        new float[] {4f, 3f},
        0f);
  }

  static Stroke focusStroke(double zoom) {
    return new BasicStroke(
        (float) (zoom < 8 ? 1.8 : 2.6), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  static Stroke shoreStroke(double zoom) {
    return new BasicStroke(zoom < 9 ? 0.8f : 1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  static Stroke borderStroke(double zoom) {
    return new BasicStroke(
        (float) (zoom < 8 ? 2.0 : 3.0),
        BasicStroke.CAP_ROUND,
        BasicStroke.JOIN_ROUND,
        1f,
        new float[] {10f, 4f, 2f, 4f},
        0f);
  }

  static Stroke riverStroke(double zoom, boolean major) {
    float base = zoom < 8 ? 0.9f : zoom < 10 ? 1.4f : 2.2f;
    return new BasicStroke(
        major ? base * 1.9f : base, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  private BasemapStyle() {}
}
