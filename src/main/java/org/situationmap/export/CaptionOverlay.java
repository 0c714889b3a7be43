package org.situationmap.export;

import javafx.scene.canvas.GraphicsContext;
import org.situationmap.map.overlay.MapFrame;
import org.situationmap.map.overlay.Overlay;

/**
 * The caption of an exported image as its top overlay: what {@link CaptionPainter} draws for a
 * request over the map's edges.
 *
 * @param request what the image shows and what its caption includes
 * @param basemapAttribution the attribution of the tiles drawn
 */
record CaptionOverlay(ExportRequest request, String basemapAttribution) implements Overlay {
  @Override
  public void draw(GraphicsContext gc, MapFrame frame) {
    CaptionPainter.draw(gc, request, basemapAttribution, frame);
  }
}
