package org.situationmap.domain;

import java.util.List;

/**
 * Other names of a place, for display and search. Immutable and thread-safe.
 *
 * @param uk the Ukrainian name; {@code null} when not given
 * @param ru the Russian name; {@code null} when not given
 * @param alt other spellings and former names, possibly empty
 * @param extras unknown members of the names object
 */
public record PlaceNames(String uk, String ru, List<String> alt, Extras extras) {

  /** No other names. */
  public static final PlaceNames EMPTY = new PlaceNames(null, null, List.of(), Extras.EMPTY);

  /** Copies {@code alt}; blank names become {@code null}; blank alternatives are rejected. */
  public PlaceNames {
    uk = Validation.blankToNull(uk);
    ru = Validation.blankToNull(ru);
    alt = Validation.copy(alt == null ? List.of() : alt, "alt");
    for (String name : alt) {
      Validation.requireText(name, "alternative name");
    }
    extras = Validation.extras(extras);
  }

  /** Names without unknown members. */
  public PlaceNames(String uk, String ru, List<String> alt) {
    this(uk, ru, alt, Extras.EMPTY);
  }

  /** Whether nothing is given. */
  public boolean isEmpty() {
    return uk == null && ru == null && alt.isEmpty() && extras.isEmpty();
  }
}
