package org.situationmap.ui.notes;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * Read-only text that wraps and reads like a label but can be selected and copied: a {@link
 * TextArea} styled as plain text (style class {@code selectable-text}), whose preferred height fits
 * all its lines at the width it is given, so it never scrolls on its own.
 */
final class SelectableText extends TextArea {
  private final Text measure = new Text();

  SelectableText(String text, String styleClass) {
    super(text);
    // measured as the area's own text is laid out (the default style sets this bounds type)
    measure.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
    getStyleClass().addAll("selectable-text", styleClass);
    setEditable(false);
    setWrapText(true);
    setFocusTraversable(false);
    setPrefRowCount(1);
    setMinHeight(USE_PREF_SIZE);
    setMaxWidth(Double.MAX_VALUE);
  }

  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  @Override
  protected double computePrefHeight(double width) {
    Insets in = getInsets();
    double w = (width >= 0 ? width : getWidth()) - in.getLeft() - in.getRight();
    measure.setFont(getFont());
    measure.setText(getText());
    measure.setWrappingWidth(Math.max(1, w));
    // one pixel of slack: the area must never need its own scroll bar
    return Math.ceil(measure.getLayoutBounds().getHeight()) + in.getTop() + in.getBottom() + 1;
  }

  @Override
  protected double computeMinWidth(double height) {
    return 0;
  }

  @Override
  protected double computePrefWidth(double height) {
    return 0;
  }
}
