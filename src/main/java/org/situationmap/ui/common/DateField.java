package org.situationmap.ui.common;

import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.situationmap.text.Messages;

/**
 * A field to type a date in, read as the whole app reads dates (ISO {@code 2022-06-25} or "25 June
 * 2022" in the app's language): a hint of the forms as prompt and tooltip (the tooltip also gives
 * the accepted range), and the {@link DateCheck} of its text, kept up to date as the person types.
 * Where and when to show the check's problem is the caller's choice; {@link #markInvalid} gives the
 * field the style class {@code invalid}. FX thread only.
 */
public final class DateField extends TextField {
  private final Messages text;
  private final ReadOnlyObjectWrapper<DateCheck> check =
      new ReadOnlyObjectWrapper<>(this, "check", DateCheck.NONE);
  private final Tooltip tip = new Tooltip();
  private LocalDate first;
  private LocalDate last;

  /** An empty field speaking the language of {@code text}, accepting any date. */
  public DateField(Messages text) {
    this.text = text;
    getStyleClass().add("date-field");
    setPromptText(DateCheck.prompt(text));
    setTooltip(tip);
    textProperty().addListener((o, a, t) -> recheck());
    updateTip();
  }

  /** Accepts only dates from {@code first} to {@code last} (null: no bound). */
  public void setRange(LocalDate first, LocalDate last) {
    this.first = first;
    this.last = last;
    updateTip();
    recheck();
  }

  /** The check of the text as it is now. */
  public ReadOnlyObjectProperty<DateCheck> checkProperty() {
    return check.getReadOnlyProperty();
  }

  /** The check of the text as it is now. */
  public DateCheck getCheck() {
    return check.get();
  }

  /** Shows {@code date} in the app's short form ("25 Jun 2022"). */
  public void show(LocalDate date) {
    setText(date == null ? "" : text.shortDate(date));
  }

  /** Marks the field as holding a bad date (style class {@code invalid}), or clears the mark. */
  public void markInvalid(boolean invalid) {
    if (!invalid) {
      getStyleClass().remove("invalid");
    } else if (!getStyleClass().contains("invalid")) {
      getStyleClass().add("invalid");
    }
  }

  private void recheck() {
    check.set(DateCheck.of(getText(), first, last, text));
  }

  private void updateTip() {
    String hint = DateCheck.hint(text);
    tip.setText(
        first == null || last == null
            ? hint
            : text.format(
                "date.hint.range",
                "hint",
                hint,
                "first",
                text.shortDate(first),
                "last",
                text.shortDate(last)));
  }
}
