package org.situationmap.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.situationmap.domain.Extras;
import org.situationmap.domain.Place;
import org.situationmap.domain.Situation;
import org.situationmap.domain.SituationMeta;

/**
 * Writes layers in one format, whole or place by place (so that a generated layer need not be held
 * in memory). Implementations are thread-safe (two writes to the same file at once are not
 * coordinated).
 */
public interface LayerWriter {
  /** Receives the places of a layer being written, in order; closing it ends the layer. */
  interface PlaceSink extends Closeable {
    /** Writes the next place; ids must be unique within the layer (not checked). */
    void add(Place place) throws IOException;

    /** Ends the layer and flushes the stream it writes to, without closing it. */
    @Override
    void close() throws IOException;
  }

  /**
   * Starts a layer on {@code out}: its facts and unknown top-level members now, its places through
   * the sink returned.
   */
  PlaceSink start(SituationMeta meta, Extras extras, OutputStream out) throws IOException;

  /**
   * Whether the format carries dated notes (a control sheet carries only control entries and their
   * sources): a conversion says what it leaves out.
   */
  default boolean carriesNotes() {
    return true;
  }

  /** Writes {@code situation} to {@code out}; {@code out} is flushed, not closed. */
  default void write(Situation situation, OutputStream out) throws IOException {
    try (PlaceSink sink = start(situation.meta(), situation.extras(), out)) {
      for (Place place : situation.places()) {
        sink.add(place);
      }
    }
  }

  /**
   * Writes {@code situation} to {@code file} atomically, keeping the old file as FILE.bak. A crash
   * or kill at any moment leaves the file either as it was or completely new, and FILE.bak either
   * as it was or a complete copy of the previous file. Temporary files left by a killed write
   * ({@code .FILE.*.tmp}) are removed by the next write of the same file.
   */
  default void write(Situation situation, Path file) throws IOException {
    AtomicReplace.write(file, out -> write(situation, out));
  }

  /**
   * Writes {@code edited} to {@code file} atomically, as {@link #write(Situation, Path)} does, but
   * as an edit of the text there where the format can: when the file reads as {@code base}, only
   * what differs is written anew and every other byte stays (so a one-field edit of a file laid out
   * a member a line is a one-line change). Otherwise, and by default, the layer is written whole in
   * this writer's layout.
   *
   * @return whether the file's text was kept around the changes (false: written whole)
   */
  default boolean update(Situation base, Situation edited, Path file) throws IOException {
    write(edited, file);
    return false;
  }
}
