package org.situationmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.situationmap.domain.ControlStatus;
import org.situationmap.io.basemap.Basemap;
import org.situationmap.map.places.PlaceStyle;
import org.situationmap.testing.AppHarness;
import org.situationmap.testing.Fx;
import org.situationmap.testing.InWindow;
import org.situationmap.timeline.TimelineIndex;
import org.situationmap.zones.BasemapLand;
import org.situationmap.zones.ZoneState;
import org.situationmap.zones.Zones;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The "Area over time" tab in the real app on the bundled layer: its lines give the areas of zones
 * computed independently, the change over the last 30 days is right, and a click on the chart jumps
 * to the date under the pointer.
 */
@Tag("ui")
class AreaChartUiTest extends FxRobot {
  private static SituationMapApp app;
  private static InWindow window;
  private static Zones reference;

  @BeforeAll
  static void start() throws Exception {
    app = AppHarness.startLoaded("--date=2022-07-10");
    window = InWindow.of(app.view());
    TimelineIndex index = Fx.call(() -> app.state().getLayer().index());
    reference = new Zones(index, BasemapLand.regions(Basemap.loadBundled()), Zones.DEFAULT_CAP_KM);
  }

  @AfterAll
  static void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
  }

  @SuppressWarnings("unchecked")
  private static LineChart<Number, Number> chart() {
    return window.node("#area-chart .chart", LineChart.class);
  }

  @Test
  void theChartGivesTheZonesAreasAndAClickJumpsToItsDate() {
    clickOn(InWindow.centreOf(window.labelled("Areas")));
    Fx.waitUntil(
        "the series is computed", () -> window.text("#area-progress").startsWith("Areas at "));
    List<XYChart.Series<Number, Number>> series = Fx.call(() -> List.copyOf(chart().getData()));
    assertEquals("Russia", Fx.call(() -> series.get(1).getName()));
    ControlStatus[] drawn = {ControlStatus.UKRAINE, ControlStatus.RUSSIA, ControlStatus.CONTESTED};
    for (int s = 0; s < drawn.length; s++) {
      XYChart.Series<Number, Number> line = series.get(s);
      List<XYChart.Data<Number, Number>> points = Fx.call(() -> List.copyOf(line.getData()));
      for (XYChart.Data<Number, Number> point :
          List.of(points.get(0), points.get(points.size() / 2), points.get(points.size() - 1))) {
        LocalDate date = LocalDate.ofEpochDay(point.getXValue().longValue());
        assertEquals(
            reference.at(date).km2(drawn[s]),
            point.getYValue().doubleValue(),
            0.01,
            drawn[s] + " km² on " + date);
      }
    }

    for (int s = 0; s < drawn.length; s++) {
      String selector = ".default-color" + s + ".chart-series-line";
      javafx.scene.shape.Path line =
          Fx.call(() -> (javafx.scene.shape.Path) chart().lookup(selector));
      assertEquals(
          PlaceStyle.colour(drawn[s]),
          Fx.call(line::getStroke),
          drawn[s] + " is drawn in its status colour");
    }

    ZoneState now = reference.at(LocalDate.of(2022, 7, 10));
    ZoneState before = reference.at(LocalDate.of(2022, 6, 10));
    long russia = Math.round(now.km2(ControlStatus.RUSSIA) - before.km2(ControlStatus.RUSSIA));
    Fx.waitUntil(
        "the 30-day change is shown",
        () ->
            window
                .text("#area-change-30")
                .contains(String.format(Locale.ROOT, "Russia %+,d km²", russia)));

    NumberAxis axis = Fx.call(() -> (NumberAxis) chart().getXAxis());
    LocalDate target = LocalDate.of(2018, 6, 1);
    Point2D at =
        Fx.call(() -> axis.localToScreen(axis.getDisplayPosition(target.toEpochDay()), -40));
    clickOn(at);
    Fx.waitUntil(
        "the date jumps near 1 June 2018",
        () -> Math.abs(app.state().getDate().toEpochDay() - target.toEpochDay()) <= 15);
    assertTrue(app.state().getDate().getYear() == 2018);
  }
}
