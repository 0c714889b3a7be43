package org.situationmap.io;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.situationmap.domain.Extras;

/** Gathers the unknown members of one object, in file order. */
final class ExtrasBuilder {
  private Map<String, String> members;

  /** Keeps the current value of {@code cursor} as the member {@code name}. */
  void keep(String name, JsonCursor cursor) throws IOException {
    if (members == null) {
      members = new LinkedHashMap<>();
    }
    members.put(name, cursor.raw());
  }

  Extras build() {
    return members == null ? Extras.EMPTY : Extras.of(members);
  }
}
