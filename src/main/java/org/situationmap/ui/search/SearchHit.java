package org.situationmap.ui.search;

/**
 * A place found by a search, with the name that matched and how well. Immutable.
 *
 * @param place the place's index in the layer
 * @param matchedName the name (as written in the data) that matched best
 * @param match how it matched
 */
public record SearchHit(int place, String matchedName, Match match) {
  /** How a name matched, best first. */
  public enum Match {
    /** The whole name equals the query. */
    EXACT,
    /** The name starts with the query. */
    PREFIX,
    /** A later word of the name starts with the query ("airport" in "Donetsk Airport"). */
    WORD_PREFIX,
    /** The query occurs somewhere inside the name. */
    SUBSTRING
  }
}
