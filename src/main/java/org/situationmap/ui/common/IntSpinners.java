package org.situationmap.ui.common;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;

/**
 * Editable whole-number spinners whose value follows the text as it is typed, so what the field
 * shows is what a dialog reads, even when OK is pressed before the field loses focus. Text that is
 * no number in the spinner's range leaves the value as it was (and the field shows it again when it
 * loses focus).
 */
public final class IntSpinners {
  private IntSpinners() {}

  /**
   * A spinner from {@code min} to {@code max}, starting at {@code value}, moving by {@code step}.
   */
  public static Spinner<Integer> of(int min, int max, int value, int step) {
    Spinner<Integer> spinner = new Spinner<>(min, max, value, step);
    spinner.setEditable(true);
    SpinnerValueFactory.IntegerSpinnerValueFactory values =
        (SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
    spinner
        .getEditor()
        .textProperty()
        .addListener(
            (o, a, typed) -> {
              try {
                int n = Integer.parseInt(typed.strip());
                if (n >= values.getMin() && n <= values.getMax() && n != values.getValue()) {
                  values.setValue(n);
                }
              } catch (NumberFormatException e) {
                // not a number (yet): the value stays
              }
            });
    spinner
        .focusedProperty()
        .addListener(
            (o, was, now) -> {
              if (!now) {
                spinner.getEditor().setText(values.getConverter().toString(values.getValue()));
              }
            });
    return spinner;
  }
}
