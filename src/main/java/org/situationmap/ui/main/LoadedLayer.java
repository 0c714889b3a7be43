package org.situationmap.ui.main;

import java.nio.file.Path;
import java.util.List;
import org.situationmap.domain.Situation;
import org.situationmap.io.Problem;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.text.Messages;
import org.situationmap.timeline.TimelineIndex;

/**
 * A situation layer as the UI holds it: the file it came from, the data, its index and drawable
 * form, and the problems found while reading (a partial load has some). Immutable.
 *
 * @param file the file read (null for data not from a file)
 * @param situation the data
 * @param index the timeline index of its places
 * @param places the drawable form of its places
 * @param problems problems reported by the reader
 * @param skipped number of features skipped as invalid
 */
public record LoadedLayer(
    Path file,
    Situation situation,
    TimelineIndex index,
    PlaceSet places,
    List<Problem> problems,
    int skipped) {
  /** Copies the problem list. */
  public LoadedLayer {
    problems = List.copyOf(problems);
  }

  /**
   * The layer's title, else the file name, else "Untitled layer" in the language of {@code text}.
   */
  public String title(Messages text) {
    String t = situation.meta() == null ? null : situation.meta().title();
    if (t != null && !t.isBlank()) {
      return t;
    }
    return file == null ? text.format("layer.untitled") : file.getFileName().toString();
  }
}
