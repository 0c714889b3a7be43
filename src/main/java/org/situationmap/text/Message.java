package org.situationmap.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A message not yet put into words: a bundle key and its named arguments. Code that does not know
 * the reader's language (a record's validation, a tile source, a background load) hands one to code
 * that does, which formats it with {@link Messages#format(Message)}. Immutable.
 *
 * @param key the bundle key
 * @param args the named arguments, in order
 */
public record Message(String key, Map<String, Object> args) {
  /** Checks the key and copies the arguments. */
  public Message {
    Objects.requireNonNull(key, "key");
    args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
  }

  /**
   * A message with arguments given as name, value, name, value…
   *
   * @throws IllegalArgumentException when the names and values do not pair up
   */
  public static Message of(String key, Object... namesAndValues) {
    return new Message(key, Messages.pairs(namesAndValues));
  }
}
