package org.situationmap.map.places;

import javafx.scene.paint.Color;
import org.situationmap.domain.ControlStatus;
import org.situationmap.domain.PlaceKind;

/**
 * The control palette (Okabe–Ito, safe for colour-blind readers) and symbol shapes of design §6:
 * Ukraine blue circle, Russia vermillion square, contested orange diamond, unknown grey hollow
 * circle — readable in greyscale too. The words for the statuses are the bundle's ({@code
 * text.Messages#status}).
 */
public final class PlaceStyle {
  /** Symbol shapes. */
  public enum Shape {
    CIRCLE,
    SQUARE,
    DIAMOND,
    HOLLOW_CIRCLE
  }

  private PlaceStyle() {}

  /** The colour of a status. */
  public static Color colour(ControlStatus status) {
    return switch (status) {
      case UKRAINE -> Color.web("#0072B2");
      case RUSSIA -> Color.web("#D55E00");
      case CONTESTED -> Color.web("#E69F00");
      case UNKNOWN -> Color.web("#999999");
    };
  }

  /** The shape of a status. */
  public static Shape shape(ControlStatus status) {
    return switch (status) {
      case UKRAINE -> Shape.CIRCLE;
      case RUSSIA -> Shape.SQUARE;
      case CONTESTED -> Shape.DIAMOND;
      case UNKNOWN -> Shape.HOLLOW_CIRCLE;
    };
  }

  /** Marker radius in pixels by kind and pre-war population, before zoom scaling. */
  public static double radius(PlaceKind kind, Integer population) {
    int pop = population == null ? 0 : population;
    return switch (kind) {
      case CITY -> pop >= 300_000 ? 8.0 : pop >= 100_000 ? 7.0 : 6.0;
      case TOWN -> pop >= 20_000 ? 5.5 : 5.0;
      case VILLAGE -> 4.0;
      case SITE -> 3.8;
    };
  }

  /**
   * Zoom factor for marker sizes: smaller when zoomed out, larger when zoomed in, in steps of 1/40
   * (a tenth to a fifth of a pixel of radius), so that the zooms of a wheel or an animation share
   * their symbol images.
   */
  public static double zoomFactor(double zoom) {
    double steps = Math.round((1.0 + (zoom - 8.0) * 0.15) * 40);
    return Math.max(0.75, Math.min(1.6, steps / 40));
  }
}
