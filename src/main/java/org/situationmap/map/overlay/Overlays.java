package org.situationmap.map.overlay;

import java.util.ArrayList;
import java.util.List;
import org.situationmap.map.places.PlaceRenderer;

/**
 * The overlays of a map, bottom to top: the one order the live map and exported images share. A new
 * overlay is one class implementing {@link Overlay} and one line here; the live map shows it on a
 * canvas of its own ({@link Overlay#onScreen}) and images draw it in its place.
 */
public final class Overlays {
  private Overlays() {}

  /**
   * The live map's overlays. Gluon's map view draws the basemap's tiles under every layer itself,
   * and the app shows its legend and attribution as controls, so there is no basemap or caption.
   *
   * @param places the renderer of the map's places
   */
  public static List<Overlay> forScreen(PlaceRenderer places) {
    return stack(null, places, null);
  }

  /**
   * An exported image's overlays.
   *
   * @param basemap draws the basemap's tiles
   * @param places the renderer of the image's places (one per image size, reused across frames)
   * @param caption draws the title, legend, scale bar and attribution
   */
  public static List<Overlay> forImage(Overlay basemap, PlaceRenderer places, Overlay caption) {
    return stack(basemap, places, caption);
  }

  private static List<Overlay> stack(Overlay basemap, PlaceRenderer places, Overlay caption) {
    List<Overlay> stack = new ArrayList<>();
    if (basemap != null) {
      stack.add(basemap);
    }
    stack.add(new ZoneOverlay()); // above the basemap, below the places
    LabelOverlay labels = new LabelOverlay(places);
    stack.add(new BasemapNameOverlay(labels)); // below the places, clear of their names
    stack.add(new PlaceOverlay(places, labels));
    stack.add(labels); // right after the places: where they are one image, the names are in it
    if (caption != null) {
      stack.add(caption);
    }
    return List.copyOf(stack);
  }
}
