package org.situationmap.map.places;

import javafx.geometry.Rectangle2D;

/**
 * A label placed on a view: place i's name with its left end at (x, y) (its vertical centre), in
 * the view's pixels, and the leader line that ties it to its marker when it stands off from it.
 *
 * @param i the place's index
 * @param x the left end of the name
 * @param y the vertical centre of the name
 * @param leader the line from the marker to the name, or null when the name is beside the marker
 */
public record PlacedLabel(int i, double x, double y, Leader leader) {
  /** A name beside its marker, with no leader line. */
  public PlacedLabel(int i, double x, double y) {
    this(i, x, y, null);
  }

  /** The box the name takes on the view: its width by {@link LabelStyle#HEIGHT}. FX thread. */
  public Rectangle2D bounds(PlaceSet set) {
    return new Rectangle2D(x, y - LabelStyle.HEIGHT / 2, set.labelWidth(i), LabelStyle.HEIGHT);
  }

  /**
   * A short line from a marker's edge (x0, y0) to the near end of its name (x1, y1), in the view's
   * pixels.
   */
  public record Leader(double x0, double y0, double x1, double y1) {}
}
