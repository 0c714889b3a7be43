package org.situationmap.domain;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the records of this package. */
final class Validation {
  private Validation() {}

  static String requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  static <T> List<T> copy(List<T> list, String what) {
    Objects.requireNonNull(list, what);
    return List.copyOf(list);
  }

  static <T> List<T> copyNonEmpty(List<T> list, String what) {
    List<T> copy = copy(list, what);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    return copy;
  }

  static Extras extras(Extras extras) {
    return extras == null ? Extras.EMPTY : extras;
  }
}
