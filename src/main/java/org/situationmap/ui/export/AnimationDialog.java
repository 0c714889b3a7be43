package org.situationmap.ui.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.situationmap.export.AnimationRequest;
import org.situationmap.export.FramePlan;
import org.situationmap.text.Messages;
import org.situationmap.ui.common.DateField;
import org.situationmap.ui.common.DialogButtons;
import org.situationmap.ui.common.IntSpinners;

/**
 * File ▸ Export animation…: date range, step, speed and size of an animated GIF. Dates are typed as
 * everywhere in the app ({@link DateField}: ISO or "25 June 2022", inside the data); the range
 * starts as the eight weeks up to the selected date. A line under the fields (id {@code
 * animation-summary}) says how many frames and how long a loop, or what is wrong with a date, and
 * follows every change; OK is enabled only when there is something to export.
 */
final class AnimationDialog extends Dialog<AnimationDialog.Settings> {
  /** What the dialog asked for. */
  record Settings(LocalDate from, LocalDate to, int stepDays, int fps, int width, int height) {}

  /** The default range: this many weeks up to the selected date. */
  static final int DEFAULT_WEEKS = 8;

  private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

  private final Messages text;
  private final DateField from;
  private final DateField to;
  private final Spinner<Integer> step = IntSpinners.of(1, 365, 7, 1);
  private final Spinner<Integer> fps = IntSpinners.of(1, 25, 4, 1);
  private final Spinner<Integer> width = IntSpinners.of(200, 4000, 800, 100);
  private final Spinner<Integer> height = IntSpinners.of(200, 4000, 500, 100);
  private final Label summary = new Label();

  /**
   * A dialog over the data's {@code first} to {@code last} date, around the {@code current} one.
   */
  AnimationDialog(Window owner, LocalDate first, LocalDate last, LocalDate current, Messages text) {
    this.text = text;
    initOwner(owner);
    setTitle(text.format("export.animation.title"));
    setHeaderText(text.format("export.animation.header"));
    getDialogPane().setId("export-animation-dialog");
    from = dateField("animation-from", first, last);
    to = dateField("animation-to", first, last);
    LocalDate end = current.isBefore(first) ? first : current.isAfter(last) ? last : current;
    LocalDate start = end.minusWeeks(DEFAULT_WEEKS);
    from.show(start.isBefore(first) ? first : start);
    to.show(end);
    for (Spinner<Integer> s : List.of(step, fps, width, height)) {
      s.setPrefWidth(90);
    }
    step.setId("animation-step");
    fps.setId("animation-fps");
    summary.setId("animation-summary");
    summary.getStyleClass().add("dialog-summary");
    // two lines kept for it, as wide as the fields: the dialog does not jump as it changes
    summary.setWrapText(true);
    summary.setMinWidth(0);
    summary.setPrefWidth(0);
    summary.setMaxWidth(Double.MAX_VALUE);
    summary.setMinHeight(2 * 17);
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.setPadding(new Insets(10));
    grid.addRow(0, new Label(text.format("export.animation.from")), from);
    grid.addRow(1, new Label(text.format("export.animation.to")), to);
    grid.addRow(2, new Label(text.format("export.animation.step")), step);
    grid.addRow(3, new Label(text.format("export.animation.fps")), fps);
    grid.addRow(
        4,
        new Label(text.format("export.size")),
        new HBox(8, width, new Label(text.format("export.size.by")), height));
    grid.add(summary, 0, 5, 2, 1);
    getDialogPane().setContent(grid);
    ButtonType ok = DialogButtons.ok(text);
    getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(text));
    Observable[] inputs = {
      from.checkProperty(), to.checkProperty(), step.valueProperty(), fps.valueProperty()
    };
    for (Observable input : inputs) {
      input.addListener(o -> update(ok));
    }
    update(ok);
    setResultConverter(b -> b == ok ? settings().orElse(null) : null);
  }

  Optional<Settings> ask() {
    return showAndWait();
  }

  /** The settings the fields hold now, if they make an animation. */
  private Optional<Settings> settings() {
    Optional<FramePlan> plan = plan();
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Settings(
            plan.get().from(),
            plan.get().to(),
            step.getValue(),
            fps.getValue(),
            width.getValue(),
            height.getValue()));
  }

  /** The frames the fields ask for, when both dates are good and in order. */
  private Optional<FramePlan> plan() {
    LocalDate a = from.getCheck().date();
    LocalDate b = to.getCheck().date();
    if (a == null || b == null || b.isBefore(a)) {
      return Optional.empty();
    }
    return Optional.of(new FramePlan(a, b, step.getValue(), fps.getValue()));
  }

  /** Says how many frames and how long a loop, or why not; enables OK when there is something. */
  private void update(ButtonType ok) {
    Optional<FramePlan> plan = plan();
    String problem = problem(plan);
    if (problem.isEmpty() && plan.isPresent()) {
      FramePlan p = plan.get();
      summary.setText(
          text.format(
              "export.animation.summary",
              "frames",
              p.count(),
              "seconds",
              // tenths of a second, halves up (the format would round halves to even)
              Math.round(p.loopCentiseconds() / 10.0) / 10.0,
              "last",
              text.date(p.to())));
    } else {
      summary.setText(problem);
    }
    summary.pseudoClassStateChanged(PROBLEM, !problem.isEmpty());
    from.markInvalid(!from.getCheck().problem().isEmpty());
    to.markInvalid(!to.getCheck().problem().isEmpty());
    getDialogPane().lookupButton(ok).setDisable(plan.isEmpty() || !problem.isEmpty());
  }

  /** What keeps the fields from making an animation; empty when nothing does. */
  private String problem(Optional<FramePlan> plan) {
    if (!from.getCheck().problem().isEmpty()) {
      return text.format(
          "export.animation.dateProblem",
          "field",
          text.format("export.animation.from"),
          "problem",
          from.getCheck().problem());
    }
    if (!to.getCheck().problem().isEmpty()) {
      return text.format(
          "export.animation.dateProblem",
          "field",
          text.format("export.animation.to"),
          "problem",
          to.getCheck().problem());
    }
    if (from.getCheck().ok() && to.getCheck().ok() && plan.isEmpty()) {
      return text.format("export.animation.backwards");
    }
    if (plan.isPresent() && plan.get().count() > AnimationRequest.MAX_FRAMES) {
      return text.format(
          "export.invalid.frames",
          "frames",
          plan.get().count(),
          "max",
          AnimationRequest.MAX_FRAMES);
    }
    return "";
  }

  private DateField dateField(String id, LocalDate first, LocalDate last) {
    DateField field = new DateField(text);
    field.setId(id);
    field.setPrefColumnCount(12);
    field.setRange(first, last);
    return field;
  }
}
