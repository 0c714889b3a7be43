package org.situationmap.ui.legend;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import org.situationmap.domain.ControlStatus;
import org.situationmap.map.zones.ZoneStyle;
import org.situationmap.text.Messages;
import org.situationmap.zones.LandRegion;
import org.situationmap.zones.ZoneState;

/**
 * The zones' part of the legend: the area each status holds in each oblast at the date (km²; land
 * assigned to no place as "unassigned"), and the sentence that says how the zones were estimated.
 * Hidden while no zones are shown. FX thread.
 */
final class ZoneAreas extends VBox {
  private final Messages text;
  private final GridPane grid = new GridPane();
  private final Map<ControlStatus, Label[]> cells = new EnumMap<>(ControlStatus.class);
  private final Label caveat = new Label();
  private int columns = -1;

  ZoneAreas(Messages text) {
    this.text = text;
    setId("legend-zones");
    setSpacing(3);
    managedProperty().bind(visibleProperty());
    Label title = new Label(text.format("legend.area.title"));
    title.getStyleClass().add("legend-title");
    grid.setHgap(6);
    grid.setVgap(2);
    caveat.setId("legend-zones-caveat");
    caveat.getStyleClass().add("legend-note");
    caveat.setWrapText(true);
    caveat.setMaxWidth(250);
    getChildren().addAll(title, grid, caveat);
    setVisible(false);
  }

  /** Shows the areas of some zones, or hides (null). */
  void show(ZoneState zones) {
    if (zones == null) {
      setVisible(false);
      return;
    }
    if (columns != zones.regions().size()) {
      layoutGrid(zones);
    }
    for (ControlStatus s : ControlStatus.values()) {
      Label[] row = cells.get(s);
      for (int r = 0; r < row.length; r++) {
        row[r].setText(text.format("legend.area.km2", "km2", Math.round(zones.km2(r, s))));
      }
    }
    caveat.setText(text.format("zones.caveat", "km", zones.capKm()));
    setVisible(true);
  }

  private void layoutGrid(ZoneState zones) {
    grid.getChildren().clear();
    grid.getColumnConstraints().clear();
    columns = zones.regions().size();
    ColumnConstraints left = new ColumnConstraints();
    ColumnConstraints name = new ColumnConstraints();
    name.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(left, name);
    for (int r = 0; r < columns; r++) {
      ColumnConstraints number = new ColumnConstraints();
      number.setHalignment(HPos.RIGHT);
      grid.getColumnConstraints().add(number);
      LandRegion region = zones.regions().get(r);
      Label head = new Label(region.name());
      head.getStyleClass().add("legend-note");
      grid.add(head, 2 + r, 0);
    }
    int row = 1;
    for (ControlStatus s : ControlStatus.values()) {
      Label[] numbers = new Label[columns];
      for (int r = 0; r < columns; r++) {
        numbers[r] = new Label();
        numbers[r].setId("legend-area-" + s.word() + "-" + r);
        numbers[r].getStyleClass().add("legend-count");
        grid.add(numbers[r], 2 + r, row);
      }
      cells.put(s, numbers);
      grid.add(swatch(s), 0, row);
      grid.add(
          new Label(
              s == ControlStatus.UNKNOWN ? text.format("legend.area.unassigned") : text.status(s)),
          1,
          row);
      row++;
    }
  }

  private static Rectangle swatch(ControlStatus s) {
    Rectangle r = new Rectangle(14, 10);
    Paint fill = ZoneStyle.fill(s);
    r.setFill(fill == null ? Color.WHITE : fill);
    r.setStroke(Color.web("#C9CDD3"));
    return r;
  }
}
