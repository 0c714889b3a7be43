package org.situationmap.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.situationmap.ui.common.Settings;

/** Remembers the window's size and position between runs, keeping it on a visible screen. */
final class WindowGeometry {
  static final double DEFAULT_WIDTH = 1280;
  static final double DEFAULT_HEIGHT = 820;

  private WindowGeometry() {}

  static void restore(Stage stage, Settings settings) {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    double w = Math.min(settings.getDouble("window.width", DEFAULT_WIDTH), screen.getWidth());
    double h = Math.min(settings.getDouble("window.height", DEFAULT_HEIGHT), screen.getHeight());
    stage.setWidth(Math.max(640, w));
    stage.setHeight(Math.max(480, h));
    double x = settings.getDouble("window.x", Double.NaN);
    double y = settings.getDouble("window.y", Double.NaN);
    if (!Double.isNaN(x)
        && !Double.isNaN(y)
        && Screen.getScreensForRectangle(x, y, 100, 100).size() > 0) {
      stage.setX(x);
      stage.setY(y);
    }
  }

  static void store(Stage stage, Settings settings) {
    settings.put("window.x", Double.toString(stage.getX()));
    settings.put("window.y", Double.toString(stage.getY()));
    settings.put("window.width", Double.toString(stage.getWidth()));
    settings.put("window.height", Double.toString(stage.getHeight()));
  }
}
