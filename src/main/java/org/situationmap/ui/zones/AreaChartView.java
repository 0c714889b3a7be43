package org.situationmap.ui.zones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.situationmap.domain.ControlStatus;
import org.situationmap.layer.Layer;
import org.situationmap.text.Messages;
import org.situationmap.ui.state.AppState;
import org.situationmap.zones.AreaSeries;
import org.situationmap.zones.ZoneState;
import org.situationmap.zones.Zones;

/**
 * "Area over time": the km² each status holds in both oblasts across the layer's whole period
 * (zones estimated from the nearest sourced place), the selected date marked, a click jumping to a
 * date, and the change over the last 7 and 30 days. The series is computed once per layer, when the
 * view is first shown ({@link #activeProperty()}), on the background executor, with its progress;
 * the zones of each date are exact (see {@link AreaSeries}).
 */
public final class AreaChartView extends VBox {
  private static final ControlStatus[] DRAWN = {
    ControlStatus.UKRAINE, ControlStatus.RUSSIA, ControlStatus.CONTESTED
  };

  private final AppState state;
  private final Messages text;
  private final Function<Layer, Zones> zonesFor;
  private final Executor background;
  private final Executor fx;
  private final NumberAxis days = new NumberAxis();
  private final NumberAxis km2 = new NumberAxis();
  private final LineChart<Number, Number> chart = new LineChart<>(days, km2);
  private final XYChart.Series<Number, Number> marker = new XYChart.Series<>();
  private final Label progress = new Label();
  private final Label week = new Label();
  private final Label month = new Label();
  private final AtomicLong request = new AtomicLong();
  private Layer charted;
  private Zones zones; // the chart's own zones (their cell cache is not the map's)
  private double top;
  private volatile LocalDate latest; // the last date asked for; older requests are skipped
  private final BooleanProperty active = new SimpleBooleanProperty(this, "active");

  /**
   * The chart over the shared state, in the language of {@code text}; {@code zonesFor} gives the
   * zones of a layer (the chart makes its own with the same land and cap), computed on {@code
   * background} and handed to {@code fx}.
   */
  public AreaChartView(
      AppState state,
      Messages text,
      Function<Layer, Zones> zonesFor,
      Executor background,
      Executor fx) {
    this.state = state;
    this.text = text;
    this.zonesFor = zonesFor;
    this.background = background;
    this.fx = fx;
    setId("area-chart");
    setSpacing(4);
    setPadding(new Insets(6));
    Label title = new Label(text.format("areas.title"));
    title.getStyleClass().add("feed-title");
    days.setAutoRanging(false);
    days.setMinorTickVisible(false);
    days.setTickLabelFormatter(
        new StringConverter<>() {
          @Override
          public String toString(Number day) {
            return Integer.toString(LocalDate.ofEpochDay(day.longValue()).getYear());
          }

          @Override
          public Number fromString(String s) {
            return LocalDate.of(Integer.parseInt(s), 1, 1).toEpochDay();
          }
        });
    km2.setLabel(text.format("areas.axis.km2"));
    km2.setForceZeroInRange(true);
    chart.setCreateSymbols(false);
    chart.setAnimated(false);
    chart.setLegendVisible(true);
    chart.setOnMouseClicked(
        e -> {
          if (charted == null) {
            return;
          }
          Point2D at = days.sceneToLocal(e.getSceneX(), e.getSceneY());
          long day = Math.round(days.getValueForDisplay(at.getX()).doubleValue());
          long first = charted.index().firstDate().toEpochDay();
          long last = charted.index().lastDate().toEpochDay();
          state.setDate(LocalDate.ofEpochDay(Math.max(first, Math.min(last, day))));
        });
    VBox.setVgrow(chart, Priority.ALWAYS);
    progress.setId("area-progress");
    week.setId("area-change-7");
    month.setId("area-change-30");
    for (Label l : List.of(progress, week, month)) {
      l.setWrapText(true);
      l.getStyleClass().add("feed-source");
    }
    Label caveat = new Label(text.format("zones.caveat", "km", Zones.DEFAULT_CAP_KM));
    caveat.setWrapText(true);
    caveat.getStyleClass().add("legend-note");
    getChildren().addAll(title, chart, progress, week, month, caveat);
    state.layerProperty().addListener((o, was, now) -> forget());
    active.addListener(
        (o, was, now) -> {
          if (now) {
            show();
          }
        });
    state.dateProperty().addListener((o, was, now) -> dateMoved());
  }

  /**
   * Whether the chart is shown (e.g. bound to its tab's selection): the series is computed only
   * while it is, and again for a new layer.
   */
  public BooleanProperty activeProperty() {
    return active;
  }

  /** Computes the series for the current layer if not done yet. */
  private void show() {
    Layer layer = state.getLayer();
    if (layer == null || layer == charted) {
      return;
    }
    charted = layer;
    chart.getData().clear();
    long id = request.incrementAndGet();
    List<LocalDate> dates = AreaSeries.samples(layer.index().firstDate(), layer.index().lastDate());
    progress.setText(text.format("areas.computing", "done", 0, "total", dates.size()));
    background.execute(
        () -> {
          Zones own = ownZones(layer);
          AreaSeries series =
              AreaSeries.of(
                  own,
                  dates,
                  done ->
                      fx.execute(
                          () -> {
                            if (request.get() == id) {
                              progress.setText(
                                  text.format(
                                      "areas.computing", "done", done, "total", dates.size()));
                            }
                          }),
                  () -> request.get() != id);
          fx.execute(
              () -> {
                if (request.get() == id) {
                  zones = own;
                  draw(layer, series);
                  dateMoved();
                }
              });
        });
  }

  private Zones ownZones(Layer layer) {
    Zones shared = zonesFor.apply(layer);
    return new Zones(layer.index(), shared.regions(), shared.capKm());
  }

  private void forget() {
    request.incrementAndGet();
    charted = null;
    zones = null;
    chart.getData().clear();
    progress.setText("");
    week.setText("");
    month.setText("");
    if (active.get()) {
      show();
    }
  }

  private void draw(Layer layer, AreaSeries series) {
    days.setLowerBound(layer.index().firstDate().toEpochDay());
    days.setUpperBound(layer.index().lastDate().toEpochDay());
    days.setTickUnit(365.25);
    List<XYChart.Series<Number, Number>> all = new ArrayList<>();
    top = 0;
    for (ControlStatus s : DRAWN) {
      XYChart.Series<Number, Number> line = new XYChart.Series<>();
      line.setName(text.status(s));
      for (int i = 0; i < series.dates().size(); i++) {
        double v = series.km2(s, i);
        top = Math.max(top, v);
        line.getData().add(new XYChart.Data<>(series.dates().get(i).toEpochDay(), v));
      }
      all.add(line);
    }
    marker.setName(text.format("areas.selectedDate"));
    all.add(marker);
    chart.getData().setAll(all);
    progress.setText(text.format("areas.done", "count", series.dates().size()));
  }

  /** Moves the date marker and computes the change over the last 7 and 30 days. */
  private void dateMoved() {
    LocalDate date = state.getDate();
    if (charted == null || zones == null || date == null) {
      return;
    }
    marker
        .getData()
        .setAll(
            new XYChart.Data<>(date.toEpochDay(), 0), new XYChart.Data<>(date.toEpochDay(), top));
    long id = request.get();
    Zones z = zones;
    latest = date;
    background.execute(
        () -> {
          if (request.get() != id || !date.equals(latest)) {
            return;
          }
          ZoneState now = z.at(date);
          String last7 = change(now, z.at(date.minusDays(7)), 7);
          String last30 = change(now, z.at(date.minusDays(30)), 30);
          fx.execute(
              () -> {
                if (request.get() == id && date.equals(state.getDate())) {
                  week.setText(last7);
                  month.setText(last30);
                }
              });
        });
  }

  private String change(ZoneState now, ZoneState before, int days) {
    List<String> parts = new ArrayList<>();
    for (ControlStatus s : DRAWN) {
      long delta = Math.round(now.km2(s) - before.km2(s));
      parts.add(text.format("areas.change.status", "status", text.status(s), "km2", delta));
    }
    return text.format("areas.change", "days", days, "changes", String.join(", ", parts));
  }
}
