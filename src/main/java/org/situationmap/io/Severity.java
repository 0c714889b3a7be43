package org.situationmap.io;

/** How bad a {@link Problem} is. Thread-safe. */
public enum Severity {
  /** The data loaded, but something was assumed or dropped; worth a notice. */
  WARNING,
  /** The feature it belongs to was skipped; the rest of the file loaded. */
  ERROR,
  /** Nothing loaded: the file is unreadable, not JSON, or not a FeatureCollection. */
  FATAL
}
