package org.situationmap.map.overlay;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.situationmap.map.tiles.BasemapNames;

/**
 * The basemap's names (its oblasts'), written under the places where no place's name is ({@link
 * BasemapNamePlacer}): drawn when the frame has them ({@link MapFrame#names()}), nothing otherwise.
 * On the live map it is a canvas of its own, empty while the frame has no names.
 */
final class BasemapNameOverlay implements Overlay {
  private final LabelOverlay labels;

  /** The names, clear of the places' names that {@code labels} places. */
  BasemapNameOverlay(LabelOverlay labels) {
    this.labels = labels;
  }

  @Override
  public void draw(GraphicsContext gc, MapFrame frame) {
    if (frame.names() == null) {
      return;
    }
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.CENTER);
    for (PlacedName n : BasemapNamePlacer.place(frame, labels.placed(frame), labels.inside())) {
      BasemapNames.draw(gc, n.name(), n.x(), n.y());
    }
  }

  @Override
  public ScreenPart onScreen() {
    return new CanvasPart(this, frame -> frame.names() != null);
  }
}
