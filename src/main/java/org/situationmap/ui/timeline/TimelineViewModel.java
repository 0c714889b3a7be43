package org.situationmap.ui.timeline;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.situationmap.layer.Layer;
import org.situationmap.timeline.TimelineIndex;
import org.situationmap.ui.state.AppState;

/**
 * The timeline's behaviour: the date range of the data, stepping by days and by changes, and
 * playback at a speed in days per second (driven by a JavaFX {@link Timeline} ticking 20 times a
 * second), optionally looping. FX thread only.
 */
public final class TimelineViewModel {
  /** Speeds offered, in days per second. */
  public static final double[] SPEEDS = {1, 3, 7, 14, 30, 60, 90};

  static final double TICKS_PER_SECOND = 20;

  /** Far above the error of adding up a second of ticks, far below any speed's step. */
  private static final double ROUNDING = 1e-9;

  private final AppState state;
  private final ReadOnlyObjectWrapper<LocalDate> first =
      new ReadOnlyObjectWrapper<>(this, "first", LocalDate.now());
  private final ReadOnlyObjectWrapper<LocalDate> last =
      new ReadOnlyObjectWrapper<>(this, "last", LocalDate.now());
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
  private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 7);
  private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop", false);
  private final BooleanProperty onlyInView = new SimpleBooleanProperty(this, "onlyInView", false);
  private Supplier<IntPredicate> inView = () -> i -> true;
  private final Timeline ticker = new Timeline();
  private double pendingDays;

  /** Creates the view-model over the shared state. */
  public TimelineViewModel(AppState state) {
    this.state = state;
    ticker.getKeyFrames().add(new KeyFrame(Duration.seconds(1 / TICKS_PER_SECOND), e -> tick()));
    ticker.setCycleCount(Animation.INDEFINITE);
    state.layerProperty().addListener((obs, old, layer) -> onLayer(layer));
    onLayer(state.getLayer());
  }

  private void onLayer(Layer layer) {
    if (layer == null) {
      return;
    }
    TimelineIndex index = layer.index();
    first.set(index.firstDate());
    last.set(index.lastDate());
    state.setDate(clamp(state.getDate()));
  }

  /** First date of the data. */
  public ReadOnlyObjectProperty<LocalDate> firstProperty() {
    return first.getReadOnlyProperty();
  }

  /** Last date of the data. */
  public ReadOnlyObjectProperty<LocalDate> lastProperty() {
    return last.getReadOnlyProperty();
  }

  /** True while playing. */
  public ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }

  /** Playback speed in days per second. */
  public DoubleProperty speedProperty() {
    return speed;
  }

  /** Whether playback starts again at the beginning after the last date. */
  public BooleanProperty loopProperty() {
    return loop;
  }

  /** Whether previous/next change consider only the places in the current map view. */
  public BooleanProperty onlyInViewProperty() {
    return onlyInView;
  }

  /** Tells the view-model which places are in the map view now (asked at each step). */
  public void setInViewFilter(Supplier<IntPredicate> filter) {
    this.inView = filter;
  }

  /** Sets the date, kept inside the data's range. */
  public void setDate(LocalDate date) {
    state.setDate(clamp(date));
  }

  /** Moves by whole days. */
  public void stepDays(long days) {
    setDate(state.getDate().plusDays(days));
  }

  /** Jumps to the next date on which any place changes; false when there is none. */
  public boolean nextChange() {
    if (onlyInView.get()) {
      return jump(index().flatMap(i -> nearestInView(i, true)));
    }
    return jump(index().flatMap(i -> i.nextChange(state.getDate())));
  }

  /** Jumps to the previous date on which any place changes; false when there is none. */
  public boolean previousChange() {
    if (onlyInView.get()) {
      return jump(index().flatMap(i -> nearestInView(i, false)));
    }
    return jump(index().flatMap(i -> i.previousChange(state.getDate())));
  }

  private Optional<LocalDate> nearestInView(TimelineIndex index, boolean forward) {
    IntPredicate visible = inView.get();
    LocalDate d = state.getDate();
    LocalDate best = null;
    for (int p = 0; p < index.size(); p++) {
      if (!visible.test(p)) {
        continue;
      }
      Optional<LocalDate> c = forward ? index.nextChange(p, d) : index.previousChange(p, d);
      if (c.isPresent()
          && (best == null || (forward ? c.get().isBefore(best) : c.get().isAfter(best)))) {
        best = c.get();
      }
    }
    return Optional.ofNullable(best);
  }

  /** Jumps to the first date. */
  public void home() {
    setDate(first.get());
  }

  /** Jumps to the last date. */
  public void end() {
    setDate(last.get());
  }

  /** Starts or pauses playback. */
  public void togglePlay() {
    if (playing.get()) {
      pause();
    } else {
      play();
    }
  }

  /** Starts playback (from the start when at the end). */
  public void play() {
    if (!state.getDate().isBefore(last.get())) {
      home();
    }
    pendingDays = 0;
    playing.set(true);
    ticker.play();
  }

  /** Pauses playback. */
  public void pause() {
    ticker.stop();
    playing.set(false);
  }

  /**
   * One playback tick: advances by speed / ticks-per-second days (accumulating fractions, so a
   * second of playback moves the speed in days).
   */
  void tick() {
    pendingDays += speed.get() / TICKS_PER_SECOND;
    // 20 × 0.35 adds up to 0.99999… in binary: a day within rounding error of whole is whole
    long whole = (long) (pendingDays + ROUNDING);
    if (whole == 0) {
      return;
    }
    pendingDays -= whole;
    LocalDate next = state.getDate().plusDays(whole);
    if (next.isAfter(last.get())) {
      if (loop.get()) {
        next = first.get();
      } else {
        setDate(last.get());
        pause();
        return;
      }
    }
    setDate(next);
  }

  private boolean jump(Optional<LocalDate> target) {
    target.ifPresent(this::setDate);
    return target.isPresent();
  }

  private Optional<TimelineIndex> index() {
    Layer layer = state.getLayer();
    return layer == null ? Optional.empty() : Optional.of(layer.index());
  }

  private LocalDate clamp(LocalDate d) {
    if (d.isBefore(first.get())) {
      return first.get();
    }
    return d.isAfter(last.get()) ? last.get() : d;
  }
}
