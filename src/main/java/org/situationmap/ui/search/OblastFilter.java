package org.situationmap.ui.search;

import java.util.Objects;

/**
 * Which oblast a search lets through: {@link #ALL}, or the one named as the data names it. The
 * words shown for it are the view's business. Immutable.
 *
 * @param admin1 the oblast as written in the data, or {@code null} for all
 */
public record OblastFilter(String admin1) {
  /** No oblast filter. */
  public static final OblastFilter ALL = new OblastFilter(null);

  /** Only places in {@code admin1} (as written in the data). */
  public static OblastFilter of(String admin1) {
    return new OblastFilter(Objects.requireNonNull(admin1, "admin1"));
  }

  /** Whether a place in {@code placeAdmin1} passes. */
  public boolean accepts(String placeAdmin1) {
    return admin1 == null || admin1.equals(placeAdmin1);
  }
}
