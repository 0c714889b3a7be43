package org.situationmap.ui.timeline;

import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.situationmap.layer.Layer;
import org.situationmap.ui.state.AppState;

/**
 * The timeline bar: the selected date in large type, a field to type a date, playback and stepping
 * buttons, speed and loop, the activity strip and the date slider.
 */
public final class TimelineView extends VBox {
  private final TimelineViewModel model;
  private final AppState state;
  private final Label dateLabel = new Label();
  private final TextField dateField = new TextField();
  private final Slider slider = new Slider();
  private final ActivityStrip strip = new ActivityStrip();
  private final Button play = new Button("▶ Play");
  private boolean updating;

  /** Creates the view. */
  public TimelineView(TimelineViewModel model, AppState state) {
    this.model = model;
    this.state = state;
    getStyleClass().add("timeline");
    setId("timeline");
    setPadding(new Insets(6, 10, 6, 10));
    setSpacing(2);
    dateLabel.setId("date-label");
    dateLabel.getStyleClass().add("date-label");
    dateLabel.setMinWidth(210);
    dateField.setId("date-field");
    dateField.setPromptText("Go to date…");
    dateField.setPrefColumnCount(9);
    dateField.setOnAction(e -> goToTypedDate());
    slider.setId("date-slider");
    slider.setBlockIncrement(1);
    slider.setShowTickLabels(false);
    slider
        .valueProperty()
        .addListener(
            (o, a, v) -> {
              if (!updating) {
                model.setDate(LocalDate.ofEpochDay(Math.round(v.doubleValue())));
              }
            });
    play.setId("play");
    play.setMinWidth(80);
    play.setOnAction(e -> model.togglePlay());
    model.playingProperty().addListener((o, a, p) -> play.setText(p ? "❚❚ Pause" : "▶ Play"));
    getChildren().addAll(controls(), strip, slider);
    state.dateProperty().addListener((o, a, d) -> showDate(d));
    state.layerProperty().addListener((o, a, layer) -> setLayer(layer));
    model.firstProperty().addListener((o, a, d) -> slider.setMin(d.toEpochDay()));
    model.lastProperty().addListener((o, a, d) -> slider.setMax(d.toEpochDay()));
    if (state.getLayer() != null) {
      setLayer(state.getLayer());
    }
    showDate(state.getDate());
  }

  private HBox controls() {
    Button home = button("|◀", "First date (Home)", "home", model::home);
    Button prev =
        button("◀◀", "Previous change (Shift+←)", "previous-change", model::previousChange);
    Button back = button("◀", "One day back (←)", "day-back", () -> model.stepDays(-1));
    Button fwd = button("▶", "One day forward (→)", "day-forward", () -> model.stepDays(1));
    Button next = button("▶▶", "Next change (Shift+→)", "next-change", model::nextChange);
    Button end = button("▶|", "Last date (End)", "end", model::end);
    ComboBox<Double> speed = new ComboBox<>();
    speed.setId("speed");
    for (double s : TimelineViewModel.SPEEDS) {
      speed.getItems().add(s);
    }
    speed.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Double d) {
            return d == null ? "" : String.format("%.0f day%s/s", d, d == 1 ? "" : "s");
          }

          @Override
          public Double fromString(String s) {
            return Double.valueOf(s.replaceAll("[^0-9.]", ""));
          }
        });
    speed.setValue(model.speedProperty().get());
    speed.valueProperty().addListener((o, a, v) -> model.speedProperty().set(v));
    speed.setTooltip(new Tooltip("Playback speed"));
    CheckBox inView = new CheckBox("In view");
    inView.setId("changes-in-view");
    inView.setTooltip(new Tooltip("Previous/next change only among the places in the map view"));
    inView.setFocusTraversable(false);
    inView.selectedProperty().bindBidirectional(model.onlyInViewProperty());
    CheckBox loop = new CheckBox("Loop");
    loop.setId("loop");
    loop.selectedProperty().bindBidirectional(model.loopProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox box =
        new HBox(
            6, dateLabel, spacer, dateField, home, prev, back, play, fwd, next, end, inView, speed,
            loop);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  private static Button button(String text, String tip, String id, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.setTooltip(new Tooltip(tip));
    b.setOnAction(e -> action.run());
    b.setFocusTraversable(false);
    return b;
  }

  private void setLayer(Layer layer) {
    if (layer == null) {
      return;
    }
    updating = true;
    slider.setMin(model.firstProperty().get().toEpochDay());
    slider.setMax(model.lastProperty().get().toEpochDay());
    updating = false;
    strip.setLayer(layer);
    showDate(state.getDate());
  }

  private void showDate(LocalDate d) {
    dateLabel.setText(DateText.format(d));
    strip.setSelected(d);
    updating = true;
    slider.setValue(d.toEpochDay());
    updating = false;
  }

  private void goToTypedDate() {
    DateText.parse(dateField.getText())
        .ifPresentOrElse(
            d -> {
              model.setDate(d);
              dateField.getStyleClass().remove("invalid");
              dateField.clear();
            },
            () -> {
              if (!dateField.getStyleClass().contains("invalid")) {
                dateField.getStyleClass().add("invalid");
              }
            });
  }
}
