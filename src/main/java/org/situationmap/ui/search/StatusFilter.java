package org.situationmap.ui.search;

import org.situationmap.domain.ControlStatus;
import org.situationmap.map.places.PlaceStyle;

/** Which statuses at the selected date a search lets through: any, or exactly one. */
public enum StatusFilter {
  ANY(null),
  UKRAINE(ControlStatus.UKRAINE),
  RUSSIA(ControlStatus.RUSSIA),
  CONTESTED(ControlStatus.CONTESTED),
  UNKNOWN(ControlStatus.UNKNOWN);

  private final ControlStatus status;

  StatusFilter(ControlStatus status) {
    this.status = status;
  }

  /** Whether a place with {@code s} passes. */
  public boolean accepts(ControlStatus s) {
    return status == null || status == s;
  }

  /** "Any", "Ukraine", "Russia", "Contested", "Unknown". */
  public String label() {
    return status == null ? "Any" : PlaceStyle.label(status);
  }

  @Override
  public String toString() {
    return label();
  }
}
