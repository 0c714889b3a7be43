package org.situationmap.map.overlay;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import org.situationmap.map.places.PlaceRenderer;
import org.situationmap.map.places.PlacedLabel;

/**
 * The places: halos, symbols and the selection ring, drawn by the view's {@link PlaceRenderer} — as
 * one image with the names of the {@link LabelOverlay} that follows stamped into it where the image
 * fits, else as paths.
 */
final class PlaceOverlay implements Overlay {
  private final PlaceRenderer places;
  private final LabelOverlay labels;

  /** The places {@code places} draws, with the names {@code labels} places. */
  PlaceOverlay(PlaceRenderer places, LabelOverlay labels) {
    this.places = places;
    this.labels = labels;
  }

  @Override
  public void draw(GraphicsContext gc, MapFrame frame) {
    List<PlacedLabel> placed = labels.placed(frame);
    boolean oneImage =
        places.draw(gc, frame.places(), frame.projection(), frame.width(), frame.height(), placed);
    labels.placesDrawn(frame, oneImage);
  }

  /**
   * On the live map the renderer's image is shown itself, at the window's output scale (crisp on
   * HiDPI screens), in an {@link ImageView}: the image is the renderer's own buffer, so a frame is
   * painted once and not copied onto a canvas, and a new date repaints only what changed. A view
   * too large for an image is drawn on a canvas.
   */
  @Override
  public ScreenPart onScreen() {
    return new ImagePart();
  }

  private final class ImagePart implements ScreenPart {
    private final ImageView image = new ImageView();
    private final Canvas canvas = new Canvas();
    private final Group node = new Group(image, canvas);

    ImagePart() {
      image.setSmooth(false);
      node.setMouseTransparent(true);
    }

    @Override
    public Node node() {
      return node;
    }

    @Override
    public void show(MapFrame frame, double outputScale) {
      double w = frame.width();
      double h = frame.height();
      List<PlacedLabel> placed = labels.placed(frame);
      WritableImage shown =
          places.image(frame.places(), frame.projection(), w, h, outputScale, placed);
      if (shown != null) {
        labels.placesDrawn(frame, true);
        // A dense view comes at scale 1 (see PlaceRenderer.image).
        double used = shown.getWidth() == Math.ceil(w * outputScale) ? outputScale : 1;
        image.setImage(shown);
        image.setFitWidth(shown.getWidth() / used);
        image.setFitHeight(shown.getHeight() / used);
        clearCanvas();
        return;
      }
      image.setImage(null);
      if (canvas.getWidth() != w || canvas.getHeight() != h) {
        canvas.setWidth(w);
        canvas.setHeight(h);
      }
      GraphicsContext gc = canvas.getGraphicsContext2D();
      gc.clearRect(0, 0, w, h);
      gc.save();
      draw(gc, frame);
      gc.restore();
    }

    @Override
    public void clear() {
      image.setImage(null);
      clearCanvas();
      places.dispose();
    }

    private void clearCanvas() {
      if (canvas.getWidth() > 0) {
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        canvas.setWidth(0);
        canvas.setHeight(0);
      }
    }
  }
}
