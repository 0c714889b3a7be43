package org.situationmap.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.situationmap.text.Message;
import org.situationmap.text.MessageException;

/**
 * The frames of an animation over a date range: one every {@code stepDays} days from {@code from},
 * and always one for {@code to} itself, so the animation ends on the date asked for; with how long
 * each frame shows. Immutable.
 *
 * @param from the first frame's date
 * @param to the last frame's date
 * @param stepDays days between frames (the last step may be shorter)
 * @param fps frames per second
 */
public record FramePlan(LocalDate from, LocalDate to, int stepDays, int fps) {
  /** Requires the dates and a positive step and speed. */
  public FramePlan {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (stepDays < 1) {
      throw new MessageException(Message.of("export.invalid.step", "step", stepDays));
    }
    if (fps < 1) {
      throw new MessageException(Message.of("export.invalid.fps", "fps", fps));
    }
  }

  /** How many frames: one per step, and one more for {@code to} when a step does not land on it. */
  public long count() {
    long days = to.toEpochDay() - from.toEpochDay();
    if (days < 0) {
      return 0;
    }
    return days / stepDays + 1 + (days % stepDays == 0 ? 0 : 1);
  }

  /** The date of every frame, in order, the last being {@code to}. */
  public List<LocalDate> dates() {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(stepDays)) {
      dates.add(d);
    }
    if (!to.isBefore(from)) {
      dates.add(to);
    }
    return dates;
  }

  /** Delay of each frame in hundredths of a second. */
  public int frameDelay() {
    return Math.max(2, Math.round(100f / fps));
  }

  /** Delay of the last frame: a pause of at least two seconds before the loop starts again. */
  public int lastFrameDelay() {
    return Math.max(200, 3 * frameDelay());
  }

  /** How long one loop of the animation lasts, in hundredths of a second. */
  public long loopCentiseconds() {
    long n = count();
    return n == 0 ? 0 : (n - 1) * frameDelay() + lastFrameDelay();
  }
}
