package org.situationmap.edit;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import org.situationmap.domain.Place;
import org.situationmap.layer.Layer;
import org.situationmap.text.Message;

/**
 * A layer being edited: the current layer, whether it differs from the file last saved or read, and
 * the history of edits for undo and redo. Every change goes through {@link #apply}, {@link #undo}
 * or {@link #redo}, each of which hands out the next layer, indexed again for the one place it
 * touched ({@link Layer#withPlace}).
 *
 * <p>Not thread-safe: one thread (the FX thread in the app) uses it. The layers it hands out are
 * immutable and may be read from any thread.
 */
public final class LayerDocument {
  /** The default number of edits that can be undone. */
  public static final int HISTORY = 1000;

  /**
   * What an edit, undo or redo did.
   *
   * @param layer the layer after it
   * @param place the index of the place it changed or added; -1 when it removed one
   */
  public record Change(Layer layer, int place) {}

  /** A layer handed out for saving, with the point in the history it stands for. Immutable. */
  public static final class Snapshot {
    private final Layer layer;
    private final Step point;

    private Snapshot(Layer layer, Step point) {
      this.layer = layer;
      this.point = point;
    }

    /** The layer to write. */
    public Layer layer() {
      return layer;
    }
  }

  private record Step(Edit edit, int index, Place before, Place after, Message name) {}

  /** The saved point once the history has dropped it. */
  private static final Step UNREACHABLE = new Step(null, -1, null, null, null);

  private final Deque<Step> undo = new ArrayDeque<>();
  private final Deque<Step> redo = new ArrayDeque<>();
  private final int limit;
  private Layer layer;
  private Step saved;

  /** A document for {@code layer}, as read from its file, with the default history. */
  public LayerDocument(Layer layer) {
    this(layer, HISTORY);
  }

  /** A document for {@code layer} keeping the last {@code limit} edits for undo. */
  public LayerDocument(Layer layer, int limit) {
    this.layer = Objects.requireNonNull(layer, "layer");
    if (limit < 1) {
      throw new IllegalArgumentException("the history needs room for an edit, got " + limit);
    }
    this.limit = limit;
  }

  /** The current layer. */
  public Layer layer() {
    return layer;
  }

  /** Whether the current layer differs from the one last saved (or read). */
  public boolean isDirty() {
    return undo.peek() != saved;
  }

  /**
   * Applies {@code edit}; the redo history is dropped. An edit that changes nothing is not
   * recorded.
   *
   * @throws EditException when the edit does not fit the layer (its place is missing, or, for a new
   *     place, its id is taken) or the place (see {@link Edit#apply})
   */
  public Change apply(Edit edit) throws EditException {
    int index = layer.index().indexOf(edit.placeId());
    Step step;
    if (edit instanceof AddPlace) {
      if (index >= 0) {
        throw new EditException(Message.of("edit.idTaken", "id", edit.placeId()));
      }
      Place added = edit.apply(null);
      step = new Step(edit, layer.index().size(), null, added, edit.name(added));
    } else {
      if (index < 0) {
        throw new EditException(Message.of("edit.noPlace", "id", edit.placeId()));
      }
      Place before = layer.index().place(index);
      step = new Step(edit, index, before, edit.apply(before), edit.name(before));
    }
    if (step.before() != null && step.before().equals(step.after())) {
      return new Change(layer, index);
    }
    Change change = forward(step);
    undo.push(step);
    while (undo.size() > limit) {
      Step dropped = undo.removeLast();
      if (saved == null || saved == dropped) {
        saved = UNREACHABLE; // the state on disk can no longer be reached by undo
      }
    }
    redo.clear();
    return change;
  }

  /** Undoes the last edit, if any. */
  public Optional<Change> undo() {
    if (undo.isEmpty()) {
      return Optional.empty();
    }
    Step step = undo.pop();
    redo.push(step);
    if (step.before() == null) {
      layer = layer.withoutLast();
      return Optional.of(new Change(layer, -1));
    }
    layer = layer.withPlace(step.index(), step.before());
    return Optional.of(new Change(layer, step.index()));
  }

  /** Applies the last undone edit again, if any. */
  public Optional<Change> redo() {
    if (redo.isEmpty()) {
      return Optional.empty();
    }
    Step step = redo.pop();
    undo.push(step);
    return Optional.of(forward(step));
  }

  /** The name of the edit {@link #undo} would undo. */
  public Optional<Message> undoName() {
    return Optional.ofNullable(undo.peek()).map(Step::name);
  }

  /** The name of the edit {@link #redo} would apply. */
  public Optional<Message> redoName() {
    return Optional.ofNullable(redo.peek()).map(Step::name);
  }

  /** The current layer with its point in the history, to be written and then {@link #saved}. */
  public Snapshot snapshot() {
    return new Snapshot(layer, undo.peek());
  }

  /**
   * Records that {@code snapshot} was written to {@code file}: the document is clean while its
   * history stands at that point, and its layer now belongs to {@code file}.
   */
  public Layer saved(Snapshot snapshot, Path file) {
    saved = snapshot.point;
    layer = layer.savedAs(file);
    return layer;
  }

  private Change forward(Step step) {
    layer =
        step.before() == null
            ? layer.withAdded(step.after())
            : layer.withPlace(step.index(), step.after());
    return new Change(layer, step.index());
  }
}
