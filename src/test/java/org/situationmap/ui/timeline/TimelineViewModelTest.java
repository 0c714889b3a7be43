package org.situationmap.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.situationmap.testing.SampleLayer.d;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.situationmap.testing.Fx;
import org.situationmap.testing.SampleLayer;
import org.situationmap.ui.state.AppState;
import org.testfx.api.FxToolkit;

/**
 * Playback ticks: each of the 20 ticks a second moves the date by speed / 20 days, fractions
 * carried over, so a second of playback moves exactly the speed in days; at the last date playback
 * stops, or starts again at the first date when it loops. Ticks are called by hand on the FX thread
 * (the view-model's JavaFX timeline is not left running), so nothing depends on the clock.
 */
class TimelineViewModelTest {
  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage(); // a JavaFX Timeline needs the toolkit
  }

  /** A view-model over the sample layer at {@code date}, playing at {@code speed} days a second. */
  private static TimelineViewModel model(AppState state, LocalDate date, double speed) {
    state.setLayer(SampleLayer.layer());
    state.setDate(date);
    TimelineViewModel model = new TimelineViewModel(state);
    model.speedProperty().set(speed);
    return model;
  }

  /** Days moved after each of {@code ticks} ticks. */
  private static List<Long> daysAfterEachTick(double speed, int ticks) {
    return Fx.call(
        () -> {
          AppState state = new AppState();
          LocalDate start = d("2022-03-01");
          TimelineViewModel model = model(state, start, speed);
          List<Long> moved = new ArrayList<>();
          for (int i = 0; i < ticks; i++) {
            model.tick();
            moved.add(ChronoUnit.DAYS.between(start, state.getDate()));
          }
          return moved;
        });
  }

  @ParameterizedTest(name = "{0} days a second")
  @ValueSource(doubles = {1, 3, 7, 14, 30, 60, 90})
  void aSecondOfTicksMovesTheSpeedInDays(double speed) {
    assertTrue(
        java.util.Arrays.stream(TimelineViewModel.SPEEDS).anyMatch(s -> s == speed),
        "a speed the timeline offers");
    List<Long> moved = daysAfterEachTick(speed, 40);
    assertEquals((long) speed, moved.get(19), "after one second");
    assertEquals(2 * (long) speed, moved.get(39), "after two seconds");
  }

  @Test
  void slowSpeedsCarryFractionsOver() {
    List<Long> moved = daysAfterEachTick(1, 20);
    assertEquals(List.of(0L), moved.subList(0, 19).stream().distinct().toList(), "still");
    assertEquals(1, moved.get(19), "a day after 20 ticks");
  }

  @Test
  void fastSpeedsMoveWholeDaysAndCarryTheRest() {
    // 30 days a second is 1.5 days a tick
    assertEquals(List.of(1L, 3L, 4L, 6L), daysAfterEachTick(30, 4));
  }

  @Test
  void playbackStopsAtTheLastDate() {
    record Seen(LocalDate date, LocalDate last, boolean playing) {}
    Seen seen =
        Fx.call(
            () -> {
              AppState state = new AppState();
              TimelineViewModel model = model(state, d("2022-03-01"), 90);
              LocalDate last = model.lastProperty().get();
              state.setDate(last.minusDays(2));
              model.play();
              model.tick(); // 4.5 days: past the end
              Seen s = new Seen(state.getDate(), last, model.playingProperty().get());
              model.pause();
              return s;
            });
    assertEquals(seen.last(), seen.date(), "it stops on the last date, not past it");
    assertFalse(seen.playing(), "and pauses");
  }

  @Test
  void loopingPlaybackStartsAgainAtTheFirstDate() {
    record Seen(LocalDate date, LocalDate first, boolean playing) {}
    Seen seen =
        Fx.call(
            () -> {
              AppState state = new AppState();
              TimelineViewModel model = model(state, d("2022-03-01"), 90);
              model.loopProperty().set(true);
              state.setDate(model.lastProperty().get().minusDays(2));
              model.play();
              model.tick();
              Seen s =
                  new Seen(
                      state.getDate(), model.firstProperty().get(), model.playingProperty().get());
              model.pause();
              return s;
            });
    assertEquals(seen.first(), seen.date());
    assertTrue(seen.playing(), "it keeps playing");
  }

  @Test
  void playAtTheLastDateStartsFromTheFirst() {
    record Seen(LocalDate date, LocalDate first) {}
    Seen seen =
        Fx.call(
            () -> {
              AppState state = new AppState();
              TimelineViewModel model = model(state, d("2022-03-01"), 7);
              model.end();
              model.play();
              Seen s = new Seen(state.getDate(), model.firstProperty().get());
              model.pause();
              return s;
            });
    assertEquals(seen.first(), seen.date());
  }
}
