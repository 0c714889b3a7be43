package org.situationmap.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.situationmap.map.overlay.MapFrame;
import org.situationmap.map.overlay.Overlay;
import org.situationmap.map.overlay.Overlays;
import org.situationmap.map.places.PlaceFrame;
import org.situationmap.map.places.PlaceRenderer;
import org.situationmap.map.places.raster.SymbolCache;
import org.situationmap.zones.ZoneState;

/**
 * Composes one image of the map on an offscreen canvas: the map's {@link Overlays} in their order,
 * drawn as on the screen, with the basemap's tiles ({@link TileMosaic}) at the bottom and the
 * caption ({@link CaptionOverlay}) on top; no place's name is cut by the image's edges or the
 * caption's bands. At scale 2 it draws on a canvas twice the size through {@code gc.scale(2, 2)},
 * so text and symbols stay crisp. One instance reuses its canvas and buffers across frames; FX
 * thread only.
 */
public final class MapImageRenderer {
  private final Viewport view;
  private final int scale;
  private final Canvas canvas;
  private final WritableImage snapshot;
  private final SnapshotParameters params = new SnapshotParameters();
  private final PlaceRenderer places;

  /**
   * A renderer for images of the view and scale of {@code request} (and of its other dates), with
   * symbol images from {@code symbols}.
   */
  public MapImageRenderer(ExportRequest request, SymbolCache symbols) {
    this.view = request.viewport();
    this.places = PlaceRenderer.keepingLabelsWithin(symbols, CaptionPainter.bands(request));
    this.scale = request.scale();
    this.canvas = new Canvas(view.width() * scale, view.height() * scale);
    this.snapshot = new WritableImage(view.width() * scale, view.height() * scale);
    params.setFill(Color.WHITE);
  }

  /** Draws a whole image, overlay by overlay, onto a context whose units are logical pixels. */
  private void draw(
      GraphicsContext gc,
      ExportRequest request,
      TileMosaic tiles,
      PlaceFrame frame,
      ZoneState zones) {
    Viewport v = request.viewport();
    MapFrame mapFrame =
        new MapFrame(frame, zones, v.projection(), v.width(), v.height(), tiles.names());
    Overlay caption = new CaptionOverlay(request, tiles.attribution());
    for (Overlay overlay : Overlays.forImage(tiles, places, caption)) {
      gc.save();
      overlay.draw(gc, mapFrame);
      gc.restore();
    }
  }

  /**
   * Renders a request into a new opaque RGB image (FX thread).
   *
   * @param zones the request's zones at its date ({@link SnapshotExporter#zonesOf}), or null
   */
  public BufferedImage render(
      ExportRequest request, TileMosaic tiles, PlaceFrame frame, ZoneState zones) {
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.save();
    gc.setFill(Color.WHITE);
    gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    gc.scale(scale, scale);
    draw(gc, request, tiles, frame, zones);
    gc.restore();
    canvas.snapshot(params, snapshot);
    int w = view.width() * scale;
    int h = view.height() * scale;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] pixels = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    snapshot.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
    return img;
  }
}
