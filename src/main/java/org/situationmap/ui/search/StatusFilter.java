package org.situationmap.ui.search;

import java.util.Optional;
import org.situationmap.domain.ControlStatus;

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

  /** The one status let through; empty for {@link #ANY}. */
  public Optional<ControlStatus> status() {
    return Optional.ofNullable(status);
  }
}
