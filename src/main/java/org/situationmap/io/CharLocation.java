package org.situationmap.io;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * A parser position whose column is already in characters: one kept past the bytes that {@link
 * Utf8Input} keeps (a feature's start, its id, the document's start), converted when it was taken.
 */
final class CharLocation extends JsonLocation {
  private static final long serialVersionUID = 1L;

  CharLocation(JsonLocation at, int charColumn) {
    super(at.contentReference(), at.getByteOffset(), -1L, at.getLineNr(), charColumn);
  }
}
