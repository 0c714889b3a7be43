package org.situationmap.ui.zones;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.util.Duration;
import org.situationmap.io.basemap.Basemap;
import org.situationmap.layer.Layer;
import org.situationmap.ui.state.AppState;
import org.situationmap.zones.BasemapLand;
import org.situationmap.zones.LandRegion;
import org.situationmap.zones.ZoneState;
import org.situationmap.zones.Zones;

/**
 * Keeps {@link AppState#zonesProperty()} in step with the layer, the date and View ▸ Zones. A date
 * whose cells are built gets its zones at once (a re-colouring); otherwise the last zones shown are
 * re-coloured for the date at once and the cells are built on the background executor, replacing
 * them when done, unless the date or layer has moved on meanwhile (only the newest request is
 * built). A build that takes over half a second says so ({@link #slowBuildProperty()}). The land
 * comes from the offline basemap, read once, on the background executor.
 */
public final class ZoneModel {
  private static final Duration SLOW = Duration.millis(500);

  private final AppState state;
  private final Executor background;
  private final Executor fx;
  private final ReadOnlyBooleanWrapper slowBuild = new ReadOnlyBooleanWrapper(this, "slowBuild");
  private final AtomicLong request = new AtomicLong();
  private final PauseTransition slow = new PauseTransition(SLOW);
  private List<LandRegion> land; // background executor only
  private volatile Zones zones; // of the state's layer, or null

  /**
   * A model over {@code state}, building on {@code background} and handing results to {@code fx}
   * (e.g. {@code Platform::runLater}).
   */
  public ZoneModel(AppState state, Executor background, Executor fx) {
    this.state = state;
    this.background = background;
    this.fx = fx;
    slow.setOnFinished(e -> slowBuild.set(true));
    state
        .layerProperty()
        .addListener(
            (o, was, now) -> {
              zones = null;
              state.zonesProperty().set(null);
              update();
            });
    state.dateProperty().addListener((o, was, now) -> update());
    state.zonesShownProperty().addListener((o, was, now) -> update());
    update();
  }

  /**
   * The zones of a layer, made if needed (reads the basemap the first time): for exports, which
   * build their cells off the FX thread. Blocks until the land is read; call it off the FX thread.
   */
  public Zones zonesFor(Layer layer) {
    Zones z = zones;
    if (z != null && z.index() == layer.index()) {
      return z;
    }
    return new Zones(layer.index(), landNow(), Zones.DEFAULT_CAP_KM);
  }

  private synchronized List<LandRegion> landNow() {
    if (land == null) {
      try {
        land = BasemapLand.regions(Basemap.loadBundled());
      } catch (IOException e) {
        throw new UncheckedIOException("bundled basemap unreadable", e);
      }
    }
    return land;
  }

  private void update() {
    long id = request.incrementAndGet();
    Layer layer = state.getLayer();
    if (layer == null || !state.zonesShownProperty().get()) {
      settled();
      state.zonesProperty().set(null);
      return;
    }
    LocalDate date = state.getDate();
    Zones z = zones;
    if (z != null && z.index() == layer.index() && z.isBuilt(date)) {
      settled();
      state.zonesProperty().set(z.at(date));
      return;
    }
    ZoneState shown = state.getZones();
    if (z != null && shown != null && shown.index() == layer.index()) {
      state.zonesProperty().set(z.recoloured(shown, date));
    }
    if (slow.getStatus() != Animation.Status.RUNNING) {
      slow.playFromStart();
    }
    background.execute(() -> build(id, layer, date));
  }

  /** No build is awaited: stops the slow-build timer. */
  private void settled() {
    slow.stop();
    slowBuild.set(false);
  }

  /**
   * True while the zones of the date have waited for their cells for over half a second (the legend
   * says they are being built).
   */
  public ReadOnlyBooleanProperty slowBuildProperty() {
    return slowBuild.getReadOnlyProperty();
  }

  /** On the background executor: builds the zones of a request unless a newer one was made. */
  private void build(long id, Layer layer, LocalDate date) {
    if (request.get() != id) {
      return;
    }
    Zones z = zonesFor(layer);
    ZoneState built = z.at(date);
    fx.execute(
        () -> {
          if (state.getLayer() != layer) {
            return;
          }
          zones = z;
          if (request.get() == id) {
            settled();
            state.zonesProperty().set(built);
          } else {
            update(); // a newer date may now be a re-colouring
          }
        });
  }
}
