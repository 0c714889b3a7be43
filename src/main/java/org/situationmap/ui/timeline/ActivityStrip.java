package org.situationmap.ui.timeline;

import java.time.LocalDate;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.layer.Layer;

/**
 * A small density histogram of control changes and notes over the data's range, with a tick for
 * every change date and a line at the selected date; drawn above the slider on one canvas.
 */
final class ActivityStrip extends Region {
  private static final int BINS = 160;
  private static final Font YEAR_FONT = Font.font("System", 10);
  private final Canvas canvas = new Canvas();
  private int[] bins = new int[BINS];
  private long[] changeDays = new long[0];
  private long firstDay;
  private long lastDay = 1;
  private long selectedDay;

  ActivityStrip() {
    getStyleClass().add("activity-strip");
    getChildren().add(canvas);
    setMinHeight(40);
    setPrefHeight(40);
  }

  void setLayer(Layer layer) {
    firstDay = layer.index().firstDate().toEpochDay();
    lastDay = Math.max(firstDay + 1, layer.index().lastDate().toEpochDay());
    bins = new int[BINS];
    for (Place p : layer.situation().places()) {
      for (ControlChange c : p.control()) {
        bins[bin(c.from())]++;
      }
      for (Note n : p.notes()) {
        bins[bin(n.date())]++;
      }
    }
    changeDays = layer.index().changeDates().stream().mapToLong(LocalDate::toEpochDay).toArray();
    redraw();
  }

  void setSelected(LocalDate date) {
    selectedDay = date.toEpochDay();
    redraw();
  }

  private int bin(LocalDate d) {
    long day = Math.max(firstDay, Math.min(lastDay, d.toEpochDay()));
    return (int) Math.min(BINS - 1, (day - firstDay) * BINS / (lastDay - firstDay + 1));
  }

  @Override
  protected void layoutChildren() {
    canvas.setWidth(getWidth());
    canvas.setHeight(getHeight());
    redraw();
  }

  private void redraw() {
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.clearRect(0, 0, w, h);
    if (w <= 0) {
      return;
    }
    double inset = 8;
    double span = w - 2 * inset;
    int max = 1;
    for (int b : bins) {
      max = Math.max(max, b);
    }
    gc.setFill(Color.web("#8D99A6"));
    double bw = span / BINS;
    for (int i = 0; i < BINS; i++) {
      double bh = bins[i] == 0 ? 0 : Math.max(1.5, Math.sqrt(bins[i] / (double) max) * (h - 8));
      gc.fillRect(inset + i * bw, h - 6 - bh, Math.max(1, bw - 0.5), bh);
    }
    drawYears(gc, inset, span, h);
    gc.setStroke(Color.web("#D55E00", 0.8));
    gc.setLineWidth(1);
    for (long d : changeDays) {
      double x = x(d, inset, span);
      gc.strokeLine(x, h - 5, x, h);
    }
    gc.setStroke(Color.web("#1F2A36"));
    gc.setLineWidth(2);
    double sx = x(selectedDay, inset, span);
    gc.strokeLine(sx, 0, sx, h);
  }

  /** A faint line and label at each 1 January, thinned out so labels never overlap. */
  private void drawYears(GraphicsContext gc, double inset, double span, double h) {
    int firstYear = LocalDate.ofEpochDay(firstDay).getYear() + 1;
    int lastYear = LocalDate.ofEpochDay(lastDay).getYear();
    double perYear = 365.25 * span / (double) (lastDay - firstDay);
    int every = perYear >= 40 ? 1 : perYear >= 20 ? 2 : perYear >= 8 ? 5 : 10;
    gc.setFont(YEAR_FONT);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.TOP);
    for (int year = firstYear; year <= lastYear; year++) {
      double x = x(LocalDate.of(year, 1, 1).toEpochDay(), inset, span);
      gc.setStroke(Color.web("#1F2A36", 0.12));
      gc.setLineWidth(1);
      gc.strokeLine(x, 0, x, h);
      if (year % every == 0) {
        gc.setFill(Color.web("#5B6670"));
        gc.fillText(Integer.toString(year), x + 2, 0);
      }
    }
  }

  private double x(long day, double inset, double span) {
    return inset + (day - firstDay) * span / (double) (lastDay - firstDay);
  }
}
