package org.situationmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FramePlanTest {
  @ParameterizedTest
  @CsvSource({
    // from, to, step: frames, last frame
    "2022-06-01, 2022-07-10, 7, 7",
    "2022-05-01, 2022-07-03, 7, 10",
    "2022-06-01, 2022-06-01, 7, 1",
    "2022-06-01, 2022-06-02, 7, 2",
    "2022-06-01, 2022-06-08, 7, 2",
    "2022-06-01, 2022-06-09, 1, 9",
    "2022-02-24, 2022-07-10, 14, 11"
  })
  void framesStepFromTheStartAndEndOnTheEnd(LocalDate from, LocalDate to, int step, int frames) {
    FramePlan plan = new FramePlan(from, to, step, 4);
    List<LocalDate> dates = plan.dates();
    assertEquals(frames, dates.size());
    assertEquals(frames, plan.count(), "count agrees with the dates");
    assertEquals(from, dates.get(0));
    assertEquals(to, dates.get(dates.size() - 1), "the last frame is the end date");
    for (int i = 1; i < dates.size() - 1; i++) {
      assertEquals(from.plusDays((long) i * step), dates.get(i));
    }
  }

  @ParameterizedTest
  @CsvSource({
    // frames at fps: one loop in hundredths of a second
    "2022-06-01, 2022-07-10, 7, 4, 350",
    "2022-06-01, 2022-06-01, 7, 4, 200",
    "2022-06-01, 2022-06-29, 7, 1, 700"
  })
  void aLoopLastsTheFramesAndThePauseOnTheLast(
      LocalDate from, LocalDate to, int step, int fps, long centiseconds) {
    assertEquals(centiseconds, new FramePlan(from, to, step, fps).loopCentiseconds());
  }
}
