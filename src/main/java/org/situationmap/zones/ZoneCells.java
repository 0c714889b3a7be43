package org.situationmap.zones;

import java.util.List;

/**
 * The cells and borders of one set of places: built once for each set of places that have a known
 * status (it changes only when a place's first entry begins), then re-coloured for any date.
 * Immutable and thread-safe.
 *
 * @param places the places the cells were built for (indexes in the timeline index), ascending
 * @param cells every place's cell in every region it reaches
 * @param borders where the cells of two neighbouring places meet on land
 * @param unassignedKm2 per region, the land farther than the cap from every place
 */
public record ZoneCells(
    int[] places, List<Cell> cells, List<Border> borders, double[] unassignedKm2) {
  /** Copies the lists. */
  public ZoneCells {
    places = places.clone();
    cells = List.copyOf(cells);
    borders = List.copyOf(borders);
    unassignedKm2 = unassignedKm2.clone();
  }

  /** Per region, the land farther than the cap from every place, in km². */
  @Override
  public double[] unassignedKm2() {
    return unassignedKm2.clone();
  }

  /** The places the cells were built for. */
  @Override
  public int[] places() {
    return places.clone();
  }
}
