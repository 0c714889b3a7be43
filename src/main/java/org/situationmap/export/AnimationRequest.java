package org.situationmap.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.situationmap.text.Message;
import org.situationmap.text.MessageException;
import org.situationmap.zones.Zones;

/**
 * An animated GIF over a date range: one frame every {@code stepDays} days from {@code from}, and a
 * last one for {@code to} ({@link FramePlan}). Immutable.
 *
 * @param frame everything but the date (view, scale, title, what to include)
 * @param from the first frame's date
 * @param to the last frame's date
 * @param stepDays days between frames, at least 1
 * @param fps frames per second, 1 to 50
 */
public record AnimationRequest(
    ExportRequest frame, LocalDate from, LocalDate to, int stepDays, int fps) {
  /** At most this many frames. */
  public static final int MAX_FRAMES = 2000;

  /** Checks the arguments. */
  public AnimationRequest {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new MessageException(
          Message.of("export.invalid.range", "from", from.toString(), "to", to.toString()));
    }
    if (stepDays < 1) {
      throw new MessageException(Message.of("export.invalid.step", "step", stepDays));
    }
    if (fps < 1 || fps > 50) {
      throw new MessageException(Message.of("export.invalid.fps", "fps", fps));
    }
    long frames = new FramePlan(from, to, stepDays, fps).count();
    if (frames > MAX_FRAMES) {
      throw new MessageException(
          Message.of("export.invalid.frames", "frames", frames, "max", MAX_FRAMES));
    }
  }

  /** The same animation with its frames' zones (or none: null). */
  public AnimationRequest withZones(Zones zones) {
    return new AnimationRequest(frame.withZones(zones), from, to, stepDays, fps);
  }

  /** The frames: their dates and delays. */
  public FramePlan plan() {
    return new FramePlan(from, to, stepDays, fps);
  }

  /** The date of every frame, in order, the last being {@code to}. */
  public List<LocalDate> dates() {
    return plan().dates();
  }

  /** Delay of each frame in hundredths of a second. */
  public int frameDelay() {
    return plan().frameDelay();
  }

  /** Delay of the last frame: a pause of at least two seconds before the loop starts again. */
  public int lastFrameDelay() {
    return plan().lastFrameDelay();
  }
}
