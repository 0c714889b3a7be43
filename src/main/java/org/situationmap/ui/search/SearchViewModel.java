package org.situationmap.ui.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import org.situationmap.domain.Place;
import org.situationmap.layer.Layer;
import org.situationmap.timeline.TimelineIndex;
import org.situationmap.ui.state.AppState;

/**
 * Search as you type over the loaded layer, filtered by oblast and by status at the selected date.
 * With a blank query but a filter set, lists the places passing the filters, biggest first. The
 * results list is open while there are results, until a result is chosen or the list is closed;
 * typing or changing a filter opens it again. The {@link SearchIndex} is rebuilt when the layer
 * changes. FX thread only (works without a started toolkit, so tests need none).
 */
public final class SearchViewModel {
  /** Most results shown. */
  public static final int LIMIT = 50;

  private final AppState state;
  private final StringProperty query = new SimpleStringProperty(this, "query", "");
  private final ObjectProperty<OblastFilter> oblast =
      new SimpleObjectProperty<>(this, "oblast", OblastFilter.ALL);
  private final ObjectProperty<StatusFilter> status =
      new SimpleObjectProperty<>(this, "status", StatusFilter.ANY);
  private final ReadOnlyListWrapper<OblastFilter> oblasts =
      new ReadOnlyListWrapper<>(
          this, "oblasts", FXCollections.observableArrayList(OblastFilter.ALL));
  private final ReadOnlyListWrapper<SearchResult> results =
      new ReadOnlyListWrapper<>(this, "results", FXCollections.observableArrayList());
  private final BooleanProperty closed = new SimpleBooleanProperty(this, "closed");
  private final BooleanBinding open =
      Bindings.createBooleanBinding(
          () -> !closed.get() && !results.isEmpty(), closed, results.emptyProperty());
  private SearchIndex index = SearchIndex.EMPTY;

  /** Creates the view-model over the shared state. */
  public SearchViewModel(AppState state) {
    this.state = state;
    state.layerProperty().addListener((o, a, layer) -> onLayer(layer));
    state.dateProperty().addListener((o, a, d) -> refresh());
    query.addListener((o, a, q) -> reopen());
    oblast.addListener((o, a, v) -> reopen());
    status.addListener((o, a, v) -> reopen());
    onLayer(state.getLayer());
  }

  /** The text typed. */
  public StringProperty queryProperty() {
    return query;
  }

  /** The oblast filter: {@link OblastFilter#ALL} or one of {@link #oblastsProperty()}. */
  public ObjectProperty<OblastFilter> oblastProperty() {
    return oblast;
  }

  /** The status filter (at the selected date). */
  public ObjectProperty<StatusFilter> statusProperty() {
    return status;
  }

  /** {@link OblastFilter#ALL} followed by the layer's oblasts, sorted by name. */
  public ReadOnlyListProperty<OblastFilter> oblastsProperty() {
    return oblasts.getReadOnlyProperty();
  }

  /** The current results, best first. */
  public ReadOnlyListProperty<SearchResult> resultsProperty() {
    return results.getReadOnlyProperty();
  }

  /** Whether the results list is open: there are results and it has not been closed. */
  public ObservableBooleanValue openProperty() {
    return open;
  }

  /** Whether the results list is open. */
  public boolean isOpen() {
    return open.get();
  }

  /** Closes the results list; the query stays. */
  public void close() {
    closed.set(true);
  }

  /** Opens the results list again (when there are results). */
  public void reopen() {
    refresh();
    closed.set(false);
  }

  /** Selects the place of {@code result}, brings it into view and closes the list. */
  public void choose(SearchResult result) {
    state.showPlace(result.place());
    close();
  }

  /** Chooses the best result; false when there is none. */
  public boolean chooseFirst() {
    if (results.isEmpty()) {
      return false;
    }
    choose(results.get(0));
    return true;
  }

  private void onLayer(Layer layer) {
    index = layer == null ? SearchIndex.EMPTY : SearchIndex.of(layer.index());
    TreeSet<String> names = new TreeSet<>();
    for (Place p : index.timeline().places()) {
      if (p.admin1() != null) {
        names.add(p.admin1());
      }
    }
    List<OblastFilter> choices = new ArrayList<>();
    choices.add(OblastFilter.ALL);
    names.forEach(name -> choices.add(OblastFilter.of(name)));
    oblasts.setAll(choices);
    if (!oblasts.contains(oblast.get())) {
      oblast.set(OblastFilter.ALL);
    }
    refresh();
  }

  private void refresh() {
    TimelineIndex timeline = index.timeline();
    LocalDate date = state.getDate();
    OblastFilter wanted = oblast.get() == null ? OblastFilter.ALL : oblast.get();
    StatusFilter statusFilter = status.get() == null ? StatusFilter.ANY : status.get();
    IntPredicate accept =
        i ->
            wanted.accepts(timeline.place(i).admin1())
                && statusFilter.accepts(timeline.statusAt(i, date));
    List<SearchResult> rows = new ArrayList<>();
    String q = query.get() == null ? "" : query.get();
    if (!q.isBlank()) {
      for (SearchHit hit : index.find(q, accept, LIMIT)) {
        Place p = timeline.place(hit.place());
        String other = Objects.equals(hit.matchedName(), p.name()) ? null : hit.matchedName();
        rows.add(row(timeline, hit.place(), other, date));
      }
    } else if (wanted != OblastFilter.ALL || statusFilter != StatusFilter.ANY) {
      for (int i : index.all(accept, LIMIT)) {
        rows.add(row(timeline, i, null, date));
      }
    }
    results.setAll(rows);
  }

  private static SearchResult row(TimelineIndex t, int i, String other, LocalDate date) {
    Place p = t.place(i);
    return new SearchResult(i, p.name(), other, p.admin1(), t.statusAt(i, date));
  }
}
