package org.situationmap.ui.search;

import org.situationmap.domain.ControlStatus;

/**
 * One row of the search results. Immutable.
 *
 * @param place the place's index in the layer
 * @param name the English name
 * @param matchedName the other name that matched ("Artemivsk" for Bakhmut), or {@code null} when
 *     the English name matched or there was no query
 * @param admin1 the oblast, or {@code null}
 * @param status the status at the selected date
 */
public record SearchResult(
    int place, String name, String matchedName, String admin1, ControlStatus status) {

  /** The second line shown under the name, e.g. "Artemivsk · Donetsk · Russia". */
  public String detail() {
    StringBuilder b = new StringBuilder();
    if (matchedName != null) {
      b.append(matchedName).append(" · ");
    }
    if (admin1 != null) {
      b.append(admin1).append(" · ");
    }
    String word = status.word();
    return b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)).toString();
  }
}
