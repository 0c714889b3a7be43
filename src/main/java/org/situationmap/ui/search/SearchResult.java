package org.situationmap.ui.search;

import java.util.ArrayList;
import java.util.List;
import org.situationmap.domain.ControlStatus;
import org.situationmap.text.Messages;

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

  /**
   * The second line shown under the name, e.g. "Artemivsk · Donetsk · Russia", in the language of
   * {@code text}.
   */
  public String detail(Messages text) {
    List<String> parts = new ArrayList<>();
    if (matchedName != null) {
      parts.add(matchedName);
    }
    if (admin1 != null) {
      parts.add(admin1);
    }
    parts.add(text.status(status));
    return String.join(text.format("text.separator"), parts);
  }
}
