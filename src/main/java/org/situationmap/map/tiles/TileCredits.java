package org.situationmap.map.tiles;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Which basemaps the tiles of one map view actually came from, since its basemap was chosen: the
 * chosen one, the offline one standing in when online tiles fail, or both. The credit shown with
 * the view is made from this, so it names what is drawn. Thread-safe: tiles arrive on background
 * threads, and listeners are called on the thread that delivered the tile.
 */
public final class TileCredits {
  private final BasemapKind chosen;
  private final Set<BasemapKind> drawn = EnumSet.noneOf(BasemapKind.class);
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  /** The credits of a view showing {@code chosen}, before any tile has arrived. */
  public TileCredits(BasemapKind chosen) {
    this.chosen = Objects.requireNonNull(chosen);
  }

  /** The basemap the person chose for the view. */
  public BasemapKind chosen() {
    return chosen;
  }

  /** Notes that a tile from {@code source} was delivered; tells the listeners when it is new. */
  public void drew(BasemapKind source) {
    boolean added;
    synchronized (drawn) {
      added = drawn.add(source);
    }
    if (added) {
      listeners.forEach(Runnable::run);
    }
  }

  /** The basemaps tiles came from so far. */
  public Set<BasemapKind> drawn() {
    synchronized (drawn) {
      return drawn.isEmpty() ? Set.of() : EnumSet.copyOf(drawn);
    }
  }

  /**
   * The credit line for what is drawn ({@link BasemapKind#credit}); before the first tile, the
   * chosen basemap's.
   */
  public String line() {
    Set<BasemapKind> now = drawn();
    return BasemapKind.credit(now.isEmpty() ? Set.of(chosen) : now);
  }

  /** Calls {@code listener} whenever tiles come from a source they had not come from before. */
  public void onChange(Runnable listener) {
    listeners.add(Objects.requireNonNull(listener));
  }
}
