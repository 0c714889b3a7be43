package org.situationmap.map.overlay;

import javafx.scene.Node;

/**
 * How one overlay shows on the live map: a node of the {@link OverlayLayer}, brought up to date for
 * each frame. {@link #show} runs on every pan (Gluon lays out its layers again), so it does no work
 * proportional to the data beyond the view. FX thread.
 */
public interface ScreenPart {
  /** The node, placed over the parts of the overlays before this one. */
  Node node();

  /** Shows a frame at {@code outputScale} device pixels per pixel (the window's). */
  void show(MapFrame frame, double outputScale);

  /** Shows nothing and lets go of what was kept for the frames shown. */
  void clear();
}
