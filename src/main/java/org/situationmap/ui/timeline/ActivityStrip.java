package org.situationmap.ui.timeline;

import java.time.LocalDate;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.situationmap.domain.ControlChange;
import org.situationmap.domain.Note;
import org.situationmap.domain.Place;
import org.situationmap.layer.Layer;
import org.situationmap.text.Messages;

/**
 * A small density histogram of control changes and notes over the period the timeline shows, with a
 * tick for every change date, a line at the selected date and a {@link TimeAxis} labelling every
 * year (and, zoomed in, the months); drawn above the slider on one canvas.
 */
final class ActivityStrip extends Region {
  /** Space left and right of the drawing, in pixels. */
  static final double INSET = 8;

  private static final int BINS = 160;
  private final Canvas canvas = new Canvas();
  private final TimeAxis axis;
  private int[] perDay = new int[1];
  private long[] changeDays = new long[0];
  private long firstDay;
  private long viewFrom;
  private long viewTo = 1;
  private long selectedDay;

  ActivityStrip(Messages text) {
    axis = new TimeAxis(text);
    getStyleClass().add("activity-strip");
    setId("activity-strip");
    getChildren().addAll(canvas, axis);
    setMinHeight(40);
    setPrefHeight(40);
  }

  void setLayer(Layer layer) {
    firstDay = layer.index().firstDate().toEpochDay();
    long lastDay = Math.max(firstDay + 1, layer.index().lastDate().toEpochDay());
    perDay = new int[(int) (lastDay - firstDay + 1)];
    for (Place p : layer.situation().places()) {
      for (ControlChange c : p.control()) {
        count(c.from());
      }
      for (Note n : p.notes()) {
        count(n.date());
      }
    }
    changeDays = layer.index().changeDates().stream().mapToLong(LocalDate::toEpochDay).toArray();
    redraw();
  }

  /** Shows the days {@code from} to {@code to}. */
  void setPeriod(LocalDate from, LocalDate to) {
    viewFrom = from.toEpochDay();
    viewTo = Math.max(viewFrom + 1, to.toEpochDay());
    axis.setPeriod(from, LocalDate.ofEpochDay(viewTo));
    redraw();
  }

  void setSelected(LocalDate date) {
    selectedDay = date.toEpochDay();
    redraw();
  }

  /**
   * Where {@code x} (in the strip's pixels) falls in the period shown: 0 at its start, 1 at its
   * end.
   */
  double fractionAt(double x) {
    double span = getWidth() - 2 * INSET;
    return span <= 0 ? 0.5 : Math.max(0, Math.min(1, (x - INSET) / span));
  }

  /** The day at {@code x} in the strip's pixels. */
  LocalDate dayAt(double x) {
    return LocalDate.ofEpochDay(viewFrom + Math.round(fractionAt(x) * (viewTo - viewFrom)));
  }

  private void count(LocalDate d) {
    long i = d.toEpochDay() - firstDay;
    perDay[(int) Math.max(0, Math.min(perDay.length - 1, i))]++;
  }

  @Override
  protected void layoutChildren() {
    canvas.setWidth(getWidth());
    canvas.setHeight(getHeight());
    axis.resizeRelocate(INSET, 0, Math.max(0, getWidth() - 2 * INSET), getHeight());
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
    double span = w - 2 * INSET;
    int[] bins = bins();
    int max = 1;
    for (int b : bins) {
      max = Math.max(max, b);
    }
    gc.setFill(Color.web("#8D99A6"));
    double bw = span / bins.length;
    for (int i = 0; i < bins.length; i++) {
      double bh = bins[i] == 0 ? 0 : Math.max(1.5, Math.sqrt(bins[i] / (double) max) * (h - 8));
      gc.fillRect(INSET + i * bw, h - 6 - bh, Math.max(1, bw - 0.5), bh);
    }
    axis.drawLines(gc, h);
    gc.setStroke(Color.web("#D55E00", 0.8));
    gc.setLineWidth(1);
    for (long d : changeDays) {
      if (d >= viewFrom && d <= viewTo) {
        double x = x(d, span);
        gc.strokeLine(x, h - 5, x, h);
      }
    }
    gc.setStroke(Color.web("#1F2A36"));
    gc.setLineWidth(2);
    double sx = x(selectedDay, span);
    gc.strokeLine(sx, 0, sx, h);
  }

  /** Changes and notes per bin of the period shown: a bin a day when zoomed in close. */
  private int[] bins() {
    long days = viewTo - viewFrom + 1;
    int n = (int) Math.min(BINS, days);
    int[] bins = new int[n];
    for (long d = Math.max(viewFrom, firstDay); d <= viewTo; d++) {
      long i = d - firstDay;
      if (i >= perDay.length) {
        break;
      }
      bins[(int) Math.min(n - 1, (d - viewFrom) * n / days)] += perDay[(int) i];
    }
    return bins;
  }

  private double x(long day, double span) {
    return INSET + (day - viewFrom) * span / (double) (viewTo - viewFrom);
  }
}
