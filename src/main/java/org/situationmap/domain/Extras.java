package org.situationmap.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Members of a JSON object that the situation format does not define, kept so that they survive a
 * read and a write unchanged.
 *
 * <p>Maps each member name, in file order, to the raw JSON text of its value (for example {@code
 * "osm_id"} to {@code 12345} or {@code "style"} to <code>{"colour":"red"}</code>). The text is not
 * interpreted. Immutable and thread-safe.
 *
 * @param members member name to raw JSON text, in file order
 */
public record Extras(Map<String, String> members) {

  /** No unknown members. */
  public static final Extras EMPTY = new Extras(Map.of());

  /** Copies {@code members}, keeping its iteration order. */
  public Extras {
    Objects.requireNonNull(members, "members");
    LinkedHashMap<String, String> copy = new LinkedHashMap<>();
    members.forEach(
        (name, json) -> {
          Objects.requireNonNull(name, "member name");
          Objects.requireNonNull(json, "raw JSON of member " + name);
          if (json.isBlank()) {
            throw new IllegalArgumentException("raw JSON of member " + name + " is blank");
          }
          copy.put(name, json);
        });
    members = Collections.unmodifiableMap(copy);
  }

  /** Returns {@link #EMPTY} for an empty map, otherwise a new instance. */
  public static Extras of(Map<String, String> members) {
    return members.isEmpty() ? EMPTY : new Extras(members);
  }

  /** Whether there are no unknown members. */
  public boolean isEmpty() {
    return members.isEmpty();
  }

  /** The raw JSON text of a member, or {@code null} when absent. */
  public String get(String name) {
    return members.get(name);
  }
}
