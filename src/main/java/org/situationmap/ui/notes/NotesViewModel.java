package org.situationmap.ui.notes;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.situationmap.domain.Source;
import org.situationmap.layer.Layer;
import org.situationmap.text.Messages;
import org.situationmap.ui.state.AppState;

/**
 * The notes panel's state: the {@link PlaceDetails} of the selected place at the selected date
 * ({@code null} when nothing is selected), recomputed when the selection, date or layer changes; a
 * notice saying what the last action did ("Link copied.", or that no browser could be opened); and
 * the panel's actions (jump to a change, open or copy a source, close). FX thread only (works
 * without a started toolkit); the browser's answer comes back through the injected executor.
 */
public final class NotesViewModel implements SourceActions {
  private final AppState state;
  private final LinkOpener links;
  private final Consumer<String> clipboard;
  private final Executor fx;
  private final Messages text;
  private final ReadOnlyObjectWrapper<PlaceDetails> details =
      new ReadOnlyObjectWrapper<>(this, "details");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

  /**
   * Creates the view-model.
   *
   * @param state the shared state
   * @param links opens source links after confirmation
   * @param clipboard puts plain text on the clipboard
   * @param fx runs the browser's answer on the FX thread
   * @param text the language of the details
   */
  public NotesViewModel(
      AppState state, LinkOpener links, Consumer<String> clipboard, Executor fx, Messages text) {
    this.state = state;
    this.links = links;
    this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
    this.fx = Objects.requireNonNull(fx, "fx");
    this.text = text;
    state.selectedProperty().addListener((o, a, i) -> refresh());
    state.dateProperty().addListener((o, a, d) -> refresh());
    state.layerProperty().addListener((o, a, l) -> refresh());
    refresh();
  }

  /** The details shown, or {@code null} when no place is selected. */
  public ReadOnlyObjectProperty<PlaceDetails> detailsProperty() {
    return details.getReadOnlyProperty();
  }

  /** The details shown, or {@code null}. */
  public PlaceDetails getDetails() {
    return details.get();
  }

  /** What the last copy or link did, for the person; empty when there is nothing to say. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** Moves the selected date to the start of {@code period} (the change that began it). */
  public void jumpTo(ControlPeriod period) {
    state.setDate(period.from());
  }

  /**
   * Opens a source link if it is an http(s) URL and the person confirms (see {@link LinkOpener});
   * when no browser can be started, copies the link instead and says so.
   */
  @Override
  public void openLink(String url) {
    notice.set("");
    links
        .open(url)
        .thenAcceptAsync(
            outcome -> {
              if (outcome == LinkOpener.Outcome.NO_BROWSER) {
                clipboard.accept(url);
                notice.set(text.format("notes.noBrowser", "url", url));
              }
            },
            fx);
  }

  @Override
  public void copyCitation(Source source) {
    clipboard.accept(new PlaceText(text).citation(source));
    notice.set(text.format("notes.citationCopied"));
  }

  @Override
  public void copyLink(String url) {
    clipboard.accept(url);
    notice.set(text.format("notes.linkCopied"));
  }

  /** Clears the selection (the panel closes). */
  public void close() {
    state.selectedProperty().set(-1);
  }

  private void refresh() {
    notice.set("");
    Layer layer = state.getLayer();
    int i = state.getSelected();
    if (layer == null || i < 0 || i >= layer.index().size()) {
      details.set(null);
      return;
    }
    details.set(PlaceDetails.of(layer.index(), i, state.getDate(), text));
  }
}
