package org.situationmap.ui.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import org.situationmap.domain.Place;
import org.situationmap.layer.Layer;
import org.situationmap.timeline.TimelineIndex;
import org.situationmap.ui.state.AppState;

/**
 * Search as you type over the loaded layer, filtered by oblast and by status at the selected date.
 * With a blank query but a filter set, lists the places passing the filters, biggest first. The
 * {@link SearchIndex} is rebuilt when the layer changes. FX thread only (works without a started
 * toolkit, so tests need none).
 */
public final class SearchViewModel {
  /** The oblast choice that means "no oblast filter". */
  public static final String ALL_OBLASTS = "All oblasts";

  /** Most results shown. */
  public static final int LIMIT = 50;

  private final AppState state;
  private final StringProperty query = new SimpleStringProperty(this, "query", "");
  private final ObjectProperty<String> oblast =
      new SimpleObjectProperty<>(this, "oblast", ALL_OBLASTS);
  private final ObjectProperty<StatusFilter> status =
      new SimpleObjectProperty<>(this, "status", StatusFilter.ANY);
  private final ReadOnlyListWrapper<String> oblasts =
      new ReadOnlyListWrapper<>(this, "oblasts", FXCollections.observableArrayList(ALL_OBLASTS));
  private final ReadOnlyListWrapper<SearchResult> results =
      new ReadOnlyListWrapper<>(this, "results", FXCollections.observableArrayList());
  private SearchIndex index = SearchIndex.EMPTY;

  /** Creates the view-model over the shared state. */
  public SearchViewModel(AppState state) {
    this.state = state;
    state.layerProperty().addListener((o, a, layer) -> onLayer(layer));
    state.dateProperty().addListener((o, a, d) -> refresh());
    query.addListener((o, a, q) -> refresh());
    oblast.addListener((o, a, v) -> refresh());
    status.addListener((o, a, v) -> refresh());
    onLayer(state.getLayer());
  }

  /** The text typed. */
  public StringProperty queryProperty() {
    return query;
  }

  /** The oblast filter: {@link #ALL_OBLASTS} or one of {@link #oblastsProperty()}. */
  public ObjectProperty<String> oblastProperty() {
    return oblast;
  }

  /** The status filter (at the selected date). */
  public ObjectProperty<StatusFilter> statusProperty() {
    return status;
  }

  /** {@link #ALL_OBLASTS} followed by the layer's oblasts, sorted. */
  public ReadOnlyListProperty<String> oblastsProperty() {
    return oblasts.getReadOnlyProperty();
  }

  /** The current results, best first. */
  public ReadOnlyListProperty<SearchResult> resultsProperty() {
    return results.getReadOnlyProperty();
  }

  /** Selects the place of {@code result} and brings it into view. */
  public void choose(SearchResult result) {
    state.showPlace(result.place());
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
    List<String> choices = new ArrayList<>();
    choices.add(ALL_OBLASTS);
    choices.addAll(names);
    oblasts.setAll(choices);
    if (!oblasts.contains(oblast.get())) {
      oblast.set(ALL_OBLASTS);
    }
    refresh();
  }

  private void refresh() {
    TimelineIndex timeline = index.timeline();
    LocalDate date = state.getDate();
    String wanted = oblast.get() == null || ALL_OBLASTS.equals(oblast.get()) ? null : oblast.get();
    StatusFilter statusFilter = status.get() == null ? StatusFilter.ANY : status.get();
    IntPredicate accept =
        i ->
            (wanted == null || wanted.equals(timeline.place(i).admin1()))
                && statusFilter.accepts(timeline.statusAt(i, date));
    List<SearchResult> rows = new ArrayList<>();
    String q = query.get() == null ? "" : query.get();
    if (!q.isBlank()) {
      for (SearchHit hit : index.find(q, accept, LIMIT)) {
        Place p = timeline.place(hit.place());
        String other = Objects.equals(hit.matchedName(), p.name()) ? null : hit.matchedName();
        rows.add(row(timeline, hit.place(), other, date));
      }
    } else if (wanted != null || statusFilter != StatusFilter.ANY) {
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
