package org.situationmap.ui.feed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.Note;
import org.situationmap.layer.Layer;
import org.situationmap.timeline.DatedChange;
import org.situationmap.timeline.DatedNote;
import org.situationmap.timeline.TimelineIndex;
import org.situationmap.ui.state.AppState;

/**
 * The control changes and notes of all places within ±{@link #windowProperty() window} days of the
 * selected date, newest first (on one day the changes first, then the notes, each by place, then
 * file order), refreshed when the date, layer or window changes. A place's first entry is listed
 * too (its history begins: "first recorded"). FX thread only (works without a started toolkit).
 */
public final class EventFeedViewModel {
  /** The window used until changed, in days either side of the selected date. */
  public static final int DEFAULT_WINDOW = 3;

  /** The widest window offered, in days either side. */
  public static final int MAX_WINDOW = 60;

  private final AppState state;
  private final IntegerProperty window = new SimpleIntegerProperty(this, "window", DEFAULT_WINDOW);
  private final ReadOnlyListWrapper<FeedItem> items =
      new ReadOnlyListWrapper<>(this, "items", FXCollections.observableArrayList());

  /** Creates the view-model over the shared state. */
  public EventFeedViewModel(AppState state) {
    this.state = state;
    state.dateProperty().addListener((o, a, d) -> refresh());
    state.layerProperty().addListener((o, a, l) -> refresh());
    window.addListener((o, a, w) -> refresh());
    refresh();
  }

  /** Days either side of the selected date, 0 to {@link #MAX_WINDOW}. */
  public IntegerProperty windowProperty() {
    return window;
  }

  /** The rows, newest first. */
  public ReadOnlyListProperty<FeedItem> itemsProperty() {
    return items.getReadOnlyProperty();
  }

  /** Selects the item's place and brings it into view. */
  public void choose(FeedItem item) {
    state.showPlace(item.place());
  }

  /**
   * The control changes and notes of all places dated within {@code days} days of {@code date},
   * newest first; on one day the changes before the notes.
   */
  public static List<FeedItem> around(TimelineIndex index, LocalDate date, int days) {
    int d = Math.max(0, days);
    LocalDate from = date.minusDays(d);
    LocalDate to = date.plusDays(d);
    List<FeedItem> changes = new ArrayList<>();
    for (DatedChange dc : index.changesBetween(from, to)) {
      ControlChange c = dc.change();
      changes.add(
          new FeedItem(
              dc.place(),
              index.place(dc.place()).name(),
              c.from(),
              null,
              c.note(),
              c.from().isAfter(date),
              dc.before(),
              c.status(),
              c.sources()));
    }
    List<FeedItem> notes = new ArrayList<>();
    for (DatedNote dn : index.notesBetween(from, to)) {
      Note n = dn.note();
      notes.add(
          FeedItem.note(
              dn.place(),
              index.place(dn.place()).name(),
              n.date(),
              n.title(),
              n.text(),
              n.date().isAfter(date),
              n.sources()));
    }
    // notes come newest first; changes by day ascending: merge day by day, newest day first
    List<FeedItem> rows = new ArrayList<>(changes.size() + notes.size());
    int c = changes.size() - 1;
    int n = 0;
    while (c >= 0 || n < notes.size()) {
      LocalDate day =
          c < 0
              ? notes.get(n).date()
              : n >= notes.size() || !notes.get(n).date().isAfter(changes.get(c).date())
                  ? changes.get(c).date()
                  : notes.get(n).date();
      int start = c;
      while (c >= 0 && changes.get(c).date().equals(day)) {
        c--;
      }
      rows.addAll(changes.subList(c + 1, start + 1)); // that day's changes, by place
      while (n < notes.size() && notes.get(n).date().equals(day)) {
        rows.add(notes.get(n++));
      }
    }
    return rows;
  }

  private void refresh() {
    Layer layer = state.getLayer();
    int days = Math.max(0, Math.min(MAX_WINDOW, window.get()));
    items.setAll(layer == null ? List.of() : around(layer.index(), state.getDate(), days));
  }
}
