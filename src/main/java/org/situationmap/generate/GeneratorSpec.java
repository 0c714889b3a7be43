package org.situationmap.generate;

/**
 * What to generate.
 *
 * @param places number of places, at least 1
 * @param changesPerPlace control entries per place, at least 1 (the first one is the status at the
 *     start of the period)
 * @param notes number of notes over all places, at least 0
 * @param seed the random seed; the same spec always gives the same bytes
 */
public record GeneratorSpec(int places, int changesPerPlace, int notes, long seed) {

  /** Validates the counts. */
  public GeneratorSpec {
    if (places < 1) {
      throw new IllegalArgumentException("places must be at least 1, got " + places);
    }
    if (changesPerPlace < 1 || changesPerPlace > 200) {
      throw new IllegalArgumentException(
          "changes per place must be between 1 and 200, got " + changesPerPlace);
    }
    if (notes < 0) {
      throw new IllegalArgumentException("notes must be at least 0, got " + notes);
    }
  }
}
