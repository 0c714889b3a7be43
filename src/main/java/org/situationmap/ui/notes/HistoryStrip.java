package org.situationmap.ui.notes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.Source;
import org.situationmap.text.Messages;

/**
 * A place's control periods as coloured bands along the data's time axis (style classes {@code
 * history-band status-<word>}, ids {@code history-band-<n>}), with a line at the selected date.
 * Clicking a band that began with a change jumps to that change; its tooltip names the change and
 * its sources.
 */
final class HistoryStrip extends Region {
  private static final double MIN_BAND = 4;
  private final Consumer<ControlPeriod> jump;
  private final Messages text;
  private final Region marker = new Region();
  private final List<Region> bands = new ArrayList<>();
  private PlaceDetails details;

  HistoryStrip(Consumer<ControlPeriod> jump, Messages text) {
    this.jump = jump;
    this.text = text;
    setId("history-strip");
    getStyleClass().add("history-strip");
    marker.getStyleClass().add("history-marker");
    marker.setMouseTransparent(true);
    setMinHeight(18);
    setPrefHeight(18);
  }

  void show(PlaceDetails d) {
    details = d;
    bands.clear();
    List<ControlPeriod> periods = d.periods();
    for (int i = 0; i < periods.size(); i++) {
      ControlPeriod p = periods.get(i);
      Region band = new Region();
      band.setId("history-band-" + i);
      band.getStyleClass().addAll("history-band", "status-" + p.status().word());
      if (p.contains(d.date())) {
        band.getStyleClass().add("current");
      }
      Tooltip tip = new Tooltip(describe(p));
      tip.setShowDelay(Duration.millis(200));
      tip.setWrapText(true);
      tip.setMaxWidth(360);
      Tooltip.install(band, tip);
      if (p.change() != null) {
        band.getStyleClass().add("jump");
        band.setOnMouseClicked(e -> jump.accept(p));
      }
      bands.add(band);
    }
    getChildren().setAll(bands);
    getChildren().add(marker);
    requestLayout();
  }

  @Override
  protected void layoutChildren() {
    if (details == null) {
      return;
    }
    double w = getWidth();
    double h = getHeight();
    List<ControlPeriod> periods = details.periods();
    for (int i = 0; i < bands.size(); i++) {
      ControlPeriod p = periods.get(i);
      double x0 = x(p.from(), w);
      double x1 = x(p.until() == null ? details.end() : p.until(), w);
      bands.get(i).resizeRelocate(Math.min(x0, w - MIN_BAND), 0, Math.max(MIN_BAND, x1 - x0), h);
    }
    double mx = x(details.date(), w);
    marker.resizeRelocate(Math.max(0, mx - 1), -2, 2, h + 4);
  }

  private double x(LocalDate d, double w) {
    long span = Math.max(1, details.end().toEpochDay() - details.start().toEpochDay());
    double f = (d.toEpochDay() - details.start().toEpochDay()) / (double) span;
    return Math.max(0, Math.min(1, f)) * w;
  }

  private String describe(ControlPeriod p) {
    ControlChange c = p.change();
    if (c == null) {
      return p.until() == null
          ? text.format("notes.band.unknown")
          : text.format("notes.band.unknownUntil", "date", text.date(p.until()));
    }
    PlaceText words = new PlaceText(text);
    StringBuilder b = new StringBuilder(words.change(c));
    if (c.note() != null) {
      b.append("\n").append(c.note());
    }
    for (Source s : c.sources()) {
      b.append('\n').append(text.format("notes.band.source", "source", words.source(s)));
    }
    return b.append('\n').append(text.format("notes.band.jump")).toString();
  }
}
