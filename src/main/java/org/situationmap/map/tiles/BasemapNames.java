package org.situationmap.map.tiles;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.situationmap.io.basemap.Basemap;
import org.situationmap.io.basemap.BasemapFeature;

/**
 * The names the offline basemap writes on the map: its oblasts', at the point the basemap suggests
 * for each, the two oblasts the application is about larger and darker. They are not drawn into the
 * tiles, which know nothing of the places over them, but over the map where no place's name is
 * (placed by the map's overlays), in the look defined here. Immutable and thread-safe; drawing is
 * FX thread.
 */
public final class BasemapNames {
  /** Names are written at zooms below this (as the tiles of levels up to 9 had them). */
  public static final double MAX_ZOOM = 9.8;

  /** The names of the oblasts around the two are written from this zoom on. */
  public static final double NEIGHBOURS_FROM_ZOOM = 6.8;

  private static final Font FOCUS_FONT = Font.font("System", FontWeight.BOLD, 14);
  private static final Font FONT = Font.font("System", FontWeight.BOLD, 11);
  private static final Color FOCUS_INK = Color.web("#6E5A78");
  private static final Color INK = Color.web("#736C77");
  private static final Color HALO = Color.web("#F2EFE9");
  private static final double HALO_WIDTH = 3;

  /**
   * One name.
   *
   * @param text the name as written
   * @param lon longitude of the point the basemap suggests for it
   * @param lat latitude of that point
   * @param focus whether it names one of the two oblasts the application is about
   * @param area the named area (longitude, latitude), for keeping the name inside it
   */
  public record Name(String text, double lon, double lat, boolean focus, PreparedGeometry area) {
    /** Whether (lon, lat) lies in the named area. */
    public boolean covers(double lon, double lat) {
      return area.covers(GEOMETRY.createPoint(new Coordinate(lon, lat)));
    }
  }

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private final List<Name> names;

  private BasemapNames(List<Name> names) {
    this.names = List.copyOf(names);
  }

  /** The names of a basemap's oblasts that have a label point, the two in focus first. */
  public static BasemapNames of(Basemap basemap) {
    List<Name> focus = new ArrayList<>();
    List<Name> others = new ArrayList<>();
    for (BasemapFeature feature : basemap.oblasts().features()) {
      String name = feature.property("name");
      String lon = feature.property("labelLon");
      String lat = feature.property("labelLat");
      if (name == null || lon == null || lat == null) {
        continue;
      }
      boolean isFocus = BasemapStyle.isFocus(name);
      String text =
          (name + ("UA".equals(feature.property("country")) ? " Oblast" : "")).toUpperCase();
      Name n =
          new Name(
              text,
              Double.parseDouble(lon),
              Double.parseDouble(lat),
              isFocus,
              PreparedGeometryFactory.prepare(feature.geometry()));
      (isFocus ? focus : others).add(n);
    }
    focus.addAll(others);
    return new BasemapNames(focus);
  }

  /** The names written at a zoom, the two in focus first. */
  public List<Name> at(double zoom) {
    if (zoom >= MAX_ZOOM) {
      return List.of();
    }
    return names.stream().filter(n -> n.focus() || zoom >= NEIGHBOURS_FROM_ZOOM).toList();
  }

  /** The font of a name. */
  public static Font font(Name name) {
    return name.focus() ? FOCUS_FONT : FONT;
  }

  /**
   * Draws a name (halo, then ink) centred on (x, y): the context's text alignment must be CENTER
   * and its baseline CENTER.
   */
  public static void draw(GraphicsContext gc, Name name, double x, double y) {
    gc.setFont(font(name));
    gc.setLineWidth(HALO_WIDTH);
    gc.setStroke(HALO);
    gc.strokeText(name.text(), x, y);
    gc.setFill(name.focus() ? FOCUS_INK : INK);
    gc.fillText(name.text(), x, y);
  }
}
