package org.situationmap.map.overlay;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.canvas.GraphicsContext;
import org.situationmap.map.places.PlaceRenderer;
import org.situationmap.map.places.PlacedLabel;

/**
 * The places' names, decluttered by zoom, the selected place's first; placed again only when the
 * view or selection changes. Where the places are drawn as one image, the {@link PlaceOverlay}
 * before this one stamps the names into it (one composite, and a new date repaints only what
 * changed); elsewhere they are drawn here as text.
 */
final class LabelOverlay implements Overlay {
  private final PlaceRenderer places;
  private MapFrame stamped;

  /** The labels of the places {@code places} draws. */
  LabelOverlay(PlaceRenderer places) {
    this.places = places;
  }

  /**
   * The margins inside which the names of a frame stay, or null ({@link
   * PlaceRenderer#labelsInside}).
   */
  Insets inside() {
    return places.labelsInside();
  }

  /** The labels of a frame. */
  List<PlacedLabel> placed(MapFrame frame) {
    return places.labels(frame.places(), frame.projection(), frame.width(), frame.height());
  }

  /**
   * Notes whether the places' overlay, drawing a frame just now, stamped its labels into the
   * places' image (then there is nothing left to draw here).
   */
  void placesDrawn(MapFrame frame, boolean labelsStamped) {
    stamped = labelsStamped ? frame : null;
  }

  private boolean drawsText(MapFrame frame) {
    return frame != stamped;
  }

  @Override
  public void draw(GraphicsContext gc, MapFrame frame) {
    if (drawsText(frame)) {
      PlaceRenderer.drawLabels(gc, frame.places().set(), placed(frame));
    }
  }

  @Override
  public ScreenPart onScreen() {
    return new CanvasPart(this, this::drawsText);
  }
}
