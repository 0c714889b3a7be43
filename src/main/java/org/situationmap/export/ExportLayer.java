package org.situationmap.export;

import java.nio.file.Path;
import java.time.LocalDate;
import org.locationtech.jts.geom.Envelope;
import org.situationmap.domain.Place;
import org.situationmap.domain.Situation;
import org.situationmap.io.SituationReadException;
import org.situationmap.io.SituationReader;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.text.Messages;
import org.situationmap.timeline.TimelineIndex;

/**
 * The data an export draws: the layer's file, content, timeline index and drawable places.
 * Immutable.
 *
 * @param file the file it was read from, or null
 * @param situation the data
 * @param index its timeline index
 * @param places its drawable places (built with the JavaFX toolkit running)
 */
public record ExportLayer(Path file, Situation situation, TimelineIndex index, PlaceSet places) {
  /** Reads a file (the toolkit must be started: {@link HeadlessFx#ensureStarted()}). */
  public static ExportLayer read(Path file) throws SituationReadException {
    return of(file, new SituationReader().read(file).situation());
  }

  /** Indexes data that is already read (the toolkit must be started). */
  public static ExportLayer of(Path file, Situation situation) {
    TimelineIndex index = TimelineIndex.of(situation.places());
    return new ExportLayer(file, situation, index, PlaceSet.of(index));
  }

  /**
   * The layer's title, else the file name, else "Untitled layer" in the language of {@code text}.
   */
  public String title(Messages text) {
    String t = situation.meta().title();
    if (t != null) {
      return t;
    }
    return file == null ? text.format("layer.untitled") : file.getFileName().toString();
  }

  /** When the data was last updated, or null. */
  public LocalDate updated() {
    return situation.meta().updated();
  }

  /** The file name, or null. */
  public String fileName() {
    return file == null ? null : file.getFileName().toString();
  }

  /** The lon/lat envelope of all places (null when there are none). */
  public Envelope extent() {
    if (index.size() == 0) {
      return null;
    }
    Envelope env = new Envelope();
    for (Place p : index.places()) {
      env.expandToInclude(p.location().lon(), p.location().lat());
    }
    return env;
  }
}
