package org.situationmap.ui.timeline;

import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.situationmap.layer.Layer;
import org.situationmap.text.Messages;
import org.situationmap.ui.common.DateCheck;
import org.situationmap.ui.common.DateField;
import org.situationmap.ui.common.ValueWords;
import org.situationmap.ui.state.AppState;

/**
 * The timeline bar: the selected date in large type, a field to type a date (with a hint, and a
 * message beside it, id {@code date-problem}, for a date that does not exist or is outside the
 * data), playback and stepping buttons, speed and loop, the activity strip and the date slider. The
 * strip and the slider show the period of a {@link TimelineZoom}: the mouse wheel over them zooms
 * ({@link ZoomGestures}); "All dates" (id {@code zoom-reset}) shows the whole range again.
 */
public final class TimelineView extends VBox {
  private final TimelineViewModel model;
  private final AppState state;
  private final Messages text;
  private final Label dateLabel = new Label();
  private final DateField dateField;
  private final Label dateProblem = new Label();
  private final Slider slider = new Slider();
  private final ActivityStrip strip;
  private final TimelineZoom zoom;
  private final Button play = new Button();
  private boolean updating;

  /** Creates the view, in the language of {@code text}. */
  public TimelineView(TimelineViewModel model, AppState state, Messages text) {
    this.model = model;
    this.state = state;
    this.text = text;
    getStyleClass().add("timeline");
    setId("timeline");
    setPadding(new Insets(6, 10, 6, 10));
    setSpacing(2);
    dateLabel.setId("date-label");
    dateLabel.getStyleClass().add("date-label");
    dateLabel.setMinWidth(210);
    dateField = new DateField(text);
    dateField.setId("date-field");
    dateField.setPrefColumnCount(9);
    dateField.setOnAction(e -> goToTypedDate());
    dateField.textProperty().addListener((o, a, t) -> showProblem(""));
    dateProblem.setId("date-problem");
    dateProblem.getStyleClass().add("field-problem");
    dateProblem.setWrapText(true);
    dateProblem.setMaxWidth(Double.MAX_VALUE);
    dateProblem.setAlignment(Pos.CENTER_RIGHT);
    dateProblem.setTextAlignment(TextAlignment.RIGHT);
    dateProblem.setVisible(false);
    strip = new ActivityStrip(text);
    strip.setCursor(Cursor.HAND);
    Tooltip.install(strip, new Tooltip(text.format("timeline.zoom.tip")));
    zoom = new TimelineZoom(model.firstProperty().get(), model.lastProperty().get());
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
    play.setText(text.format("timeline.play"));
    model
        .playingProperty()
        .addListener(
            (o, a, p) -> play.setText(text.format(p ? "timeline.pause" : "timeline.play")));
    getChildren().addAll(controls(), stripWithReset(), slider);
    ZoomGestures.install(strip, slider, zoom, model);
    state.dateProperty().addListener((o, a, d) -> showDate(d));
    state.layerProperty().addListener((o, a, layer) -> setLayer(layer));
    model.firstProperty().addListener((o, a, d) -> rangeChanged());
    model.lastProperty().addListener((o, a, d) -> rangeChanged());
    zoom.fromProperty().addListener((o, a, d) -> showPeriod());
    zoom.toProperty().addListener((o, a, d) -> showPeriod());
    rangeChanged();
    if (state.getLayer() != null) {
      setLayer(state.getLayer());
    }
    showDate(state.getDate());
  }

  private HBox controls() {
    Button home = button("timeline.first", "timeline.first.tip", "home", model::home);
    Button prev =
        button(
            "timeline.previousChange",
            "timeline.previousChange.tip",
            "previous-change",
            model::previousChange);
    Button back =
        button("timeline.dayBack", "timeline.dayBack.tip", "day-back", () -> model.stepDays(-1));
    Button fwd =
        button(
            "timeline.dayForward",
            "timeline.dayForward.tip",
            "day-forward",
            () -> model.stepDays(1));
    Button next =
        button("timeline.nextChange", "timeline.nextChange.tip", "next-change", model::nextChange);
    Button end = button("timeline.last", "timeline.last.tip", "end", model::end);
    ComboBox<Double> speed = new ComboBox<>();
    speed.setId("speed");
    for (double s : TimelineViewModel.SPEEDS) {
      speed.getItems().add(s);
    }
    speed.setConverter(new ValueWords<>(d -> text.format("timeline.speed", "days", Math.round(d))));
    speed.setValue(model.speedProperty().get());
    speed.valueProperty().addListener((o, a, v) -> model.speedProperty().set(v));
    speed.setTooltip(new Tooltip(text.format("timeline.speed.tip")));
    CheckBox inView = new CheckBox(text.format("timeline.inView"));
    inView.setId("changes-in-view");
    inView.setTooltip(new Tooltip(text.format("timeline.inView.tip")));
    inView.setFocusTraversable(false);
    inView.selectedProperty().bindBidirectional(model.onlyInViewProperty());
    CheckBox loop = new CheckBox(text.format("timeline.loop"));
    loop.setId("loop");
    loop.selectedProperty().bindBidirectional(model.loopProperty());
    HBox.setHgrow(dateProblem, Priority.ALWAYS);
    HBox box =
        new HBox(
            6,
            dateLabel,
            dateProblem,
            dateField,
            home,
            prev,
            back,
            play,
            fwd,
            next,
            end,
            inView,
            speed,
            loop);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  /** A button showing the message {@code key}, with the message {@code tipKey} as tooltip. */
  private Button button(String key, String tipKey, String id, Runnable action) {
    Button b = new Button(text.format(key));
    b.setId(id);
    b.setTooltip(new Tooltip(text.format(tipKey)));
    b.setOnAction(e -> action.run());
    b.setFocusTraversable(false);
    return b;
  }

  /** The strip, with "All dates" over its top right corner while zoomed in. */
  private StackPane stripWithReset() {
    Button reset = new Button(text.format("timeline.zoom.reset"));
    reset.setId("zoom-reset");
    reset.getStyleClass().addAll("small", "zoom-reset");
    reset.setTooltip(new Tooltip(text.format("timeline.zoom.reset.tip")));
    reset.setFocusTraversable(false);
    reset.setOnAction(e -> zoom.reset());
    reset.setVisible(false);
    reset.visibleProperty().addListener((o, a, v) -> reset.setManaged(v));
    zoom.fromProperty().addListener((o, a, d) -> reset.setVisible(zoom.isZoomed()));
    zoom.toProperty().addListener((o, a, d) -> reset.setVisible(zoom.isZoomed()));
    StackPane box = new StackPane(strip, reset);
    StackPane.setAlignment(reset, Pos.TOP_RIGHT);
    return box;
  }

  private void setLayer(Layer layer) {
    if (layer == null) {
      return;
    }
    strip.setLayer(layer);
    showDate(state.getDate());
  }

  /** The data's range changed: show all of it, and accept typed dates in it. */
  private void rangeChanged() {
    LocalDate first = model.firstProperty().get();
    LocalDate last = model.lastProperty().get();
    zoom.setBounds(first, last);
    dateField.setRange(first, last);
    showPeriod();
  }

  /** The slider and the strip show the zoom's period. */
  private void showPeriod() {
    updating = true;
    slider.setMin(zoom.fromProperty().get().toEpochDay());
    slider.setMax(zoom.toProperty().get().toEpochDay());
    slider.setValue(state.getDate().toEpochDay());
    updating = false;
    strip.setPeriod(zoom.fromProperty().get(), zoom.toProperty().get());
  }

  private void showDate(LocalDate d) {
    dateLabel.setText(text.date(d));
    zoom.follow(d);
    strip.setSelected(d);
    updating = true;
    slider.setValue(d.toEpochDay());
    updating = false;
  }

  private void goToTypedDate() {
    DateCheck check = dateField.getCheck();
    if (check.ok()) {
      model.setDate(check.date());
      dateField.clear();
    } else {
      showProblem(check.problem());
    }
  }

  /** Shows what is wrong with the typed date beside the field; empty hides it. */
  private void showProblem(String problem) {
    dateProblem.setText(problem);
    dateProblem.setVisible(!problem.isEmpty());
    dateField.markInvalid(!problem.isEmpty());
  }
}
