package org.situationmap.map.places;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.situationmap.domain.PlaceKind;

/**
 * How a place's name is drawn: its font by kind, dark ink in a white halo, and the leader line that
 * ties a name standing off its marker to it (ink in a halo, round ends). The one definition for the
 * text drawing and the label sprites of the raster. FX thread.
 */
public final class LabelStyle {
  /** The names of towns, villages and sites. */
  public static final Font FONT = Font.font("System", 12);

  /** The names of cities. */
  public static final Font CITY_FONT = Font.font("System", FontWeight.BOLD, 12.5);

  /** The ink of a name. */
  public static final Color INK = Color.web("#1F2A36");

  /** The halo around a name. */
  public static final Color HALO = Color.rgb(255, 255, 255, 0.9);

  /** Width of the halo's stroke. */
  public static final double HALO_WIDTH = 3;

  /** The height a name takes on the map, halo included, centred on its line. */
  public static final double HEIGHT = 14;

  /** Width of a leader line's ink (its halo is {@link #HALO_WIDTH} wide). */
  public static final double LEADER_WIDTH = 1;

  private LabelStyle() {}

  /** The font of a place of a kind. */
  public static Font font(PlaceKind kind) {
    return kind == PlaceKind.CITY ? CITY_FONT : FONT;
  }

  /**
   * Draws place i's name (halo, then ink) with its left end at (x, y), vertically centred: the
   * context's text baseline must be CENTER, its alignment LEFT and its line width {@link
   * #HALO_WIDTH}.
   */
  public static void draw(GraphicsContext gc, PlaceSet set, int i, double x, double y) {
    gc.setFont(font(set.kind(i)));
    String name = set.index().place(i).name();
    gc.setStroke(HALO);
    gc.strokeText(name, x, y);
    gc.setFill(INK);
    gc.fillText(name, x, y);
  }

  /**
   * Draws a leader line (halo, then ink); the context's line cap must be {@link
   * javafx.scene.shape.StrokeLineCap#ROUND}.
   */
  public static void drawLeader(GraphicsContext gc, PlacedLabel.Leader line) {
    gc.setStroke(HALO);
    gc.setLineWidth(HALO_WIDTH);
    gc.strokeLine(line.x0(), line.y0(), line.x1(), line.y1());
    gc.setStroke(INK);
    gc.setLineWidth(LEADER_WIDTH);
    gc.strokeLine(line.x0(), line.y0(), line.x1(), line.y1());
  }
}
