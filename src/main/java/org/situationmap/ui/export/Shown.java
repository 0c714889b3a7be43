package org.situationmap.ui.export;

import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * Shows the values of a choice box in words; the boxes are not editable, so nothing is read back.
 */
final class Shown<T> extends StringConverter<T> {
  private final Function<T, String> words;

  Shown(Function<T, String> words) {
    this.words = words;
  }

  @Override
  public String toString(T value) {
    return value == null ? "" : words.apply(value);
  }

  @Override
  public T fromString(String shown) {
    return null;
  }
}
