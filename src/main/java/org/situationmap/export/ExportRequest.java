package org.situationmap.export;

import java.time.LocalDate;
import java.util.Objects;
import org.situationmap.layer.Layer;

/**
 * Everything one snapshot shows, independent of the UI: the layer, the date, the selected place,
 * the view, the scale, the title and what to include. Immutable.
 *
 * @param layer the data
 * @param date the date drawn
 * @param selected the selected place's index in the layer, or -1
 * @param viewport the view, in logical pixels
 * @param scale device pixels per logical pixel: 1, or 2 for print
 * @param title the caption's title (defaults to the layer's title when blank)
 * @param include what to draw besides the map
 * @param appVersion the version recorded in the PNG metadata, e.g. "0.1.0"
 */
public record ExportRequest(
    Layer layer,
    LocalDate date,
    int selected,
    Viewport viewport,
    int scale,
    String title,
    ExportOptions include,
    String appVersion) {
  /** Checks and completes the arguments. */
  public ExportRequest {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(viewport, "viewport");
    if (scale != 1 && scale != 2) {
      throw new IllegalArgumentException("scale must be 1 or 2, got " + scale);
    }
    if (selected < -1 || selected >= layer.index().size()) {
      throw new IllegalArgumentException("no place with index " + selected);
    }
    title = title == null || title.isBlank() ? layer.title() : title.strip();
    include = include == null ? ExportOptions.ALL : include;
    appVersion = appVersion == null ? "dev" : appVersion;
  }

  /** The same request at another date. */
  public ExportRequest at(LocalDate newDate) {
    return new ExportRequest(layer, newDate, selected, viewport, scale, title, include, appVersion);
  }

  /** Width of the image in device pixels. */
  public int pixelWidth() {
    return viewport.width() * scale;
  }

  /** Height of the image in device pixels. */
  public int pixelHeight() {
    return viewport.height() * scale;
  }
}
