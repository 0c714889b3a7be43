package org.situationmap.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * Shows the values of a choice box or combo box in words, so that the box holds values and no code
 * reads its words back. For boxes that are not editable: nothing typed is ever read.
 */
public final class ValueWords<T> extends StringConverter<T> {
  private final Function<T, String> words;

  /** Shows each value as {@code words} says. */
  public ValueWords(Function<T, String> words) {
    this.words = words;
  }

  @Override
  public String toString(T value) {
    return value == null ? "" : words.apply(value);
  }

  /** Always null: the box is not editable, so no text is read back. */
  @Override
  public T fromString(String shown) {
    return null;
  }
}
