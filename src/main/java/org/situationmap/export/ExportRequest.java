package org.situationmap.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.situationmap.domain.Coverage;
import org.situationmap.layer.Layer;
import org.situationmap.map.places.PlaceSet;
import org.situationmap.text.Message;
import org.situationmap.text.MessageException;
import org.situationmap.text.Messages;
import org.situationmap.zones.Zones;

/**
 * Everything one snapshot shows, independent of the UI: the layer, the date, the selected place,
 * the view, the scale, the title, what to include and the language of its words. Immutable.
 *
 * @param layer the data
 * @param date the date drawn
 * @param selected the selected place's index in the layer, or -1
 * @param viewport the view, in logical pixels
 * @param scale device pixels per logical pixel: 1, or 2 for print
 * @param title the caption's title (defaults to the layer's title when blank)
 * @param include what to draw besides the map
 * @param appVersion the version recorded in the PNG metadata, e.g. "0.1.0"
 * @param text the language of the caption, the metadata and the citation
 * @param zones the control zones of the layer, drawn under the places with their front line and
 *     areas; null for none
 */
public record ExportRequest(
    Layer layer,
    LocalDate date,
    int selected,
    Viewport viewport,
    int scale,
    String title,
    ExportOptions include,
    String appVersion,
    Messages text,
    Zones zones) {
  /** Checks and completes the arguments. */
  public ExportRequest {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(viewport, "viewport");
    Objects.requireNonNull(text, "text");
    if (scale != 1 && scale != 2) {
      throw new MessageException(Message.of("export.invalid.scale", "scale", scale));
    }
    if (selected < -1 || selected >= layer.index().size()) {
      throw new MessageException(Message.of("export.invalid.selected", "index", selected));
    }
    title = title == null || title.isBlank() ? text.layerTitle(layer.title()) : title.strip();
    include = include == null ? ExportOptions.ALL : include;
    appVersion = appVersion == null ? "dev" : appVersion;
    if (zones != null && zones.index() != layer.index()) {
      throw new MessageException(Message.of("export.invalid.zones"));
    }
  }

  /** A request without zones. */
  public ExportRequest(
      Layer layer,
      LocalDate date,
      int selected,
      Viewport viewport,
      int scale,
      String title,
      ExportOptions include,
      String appVersion,
      Messages text) {
    this(layer, date, selected, viewport, scale, title, include, appVersion, text, null);
  }

  /** The same request with zones (or none: null). */
  public ExportRequest withZones(Zones newZones) {
    return new ExportRequest(
        layer, date, selected, viewport, scale, title, include, appVersion, text, newZones);
  }

  /** The same request at another date. */
  public ExportRequest at(LocalDate newDate) {
    return new ExportRequest(
        layer, newDate, selected, viewport, scale, title, include, appVersion, text, zones);
  }

  /**
   * The coverage of the oblasts that have a place in the image, in the layer's order: how current
   * each part of the picture is.
   */
  public List<Coverage.Oblast> coverageInView() {
    return layer.coverageOf(
        PlaceSet.of(layer).inside(viewport.projection(), viewport.width(), viewport.height()));
  }

  /** The oblasts in the image whose coverage ended before the date: its picture may be stale. */
  public List<Coverage.Oblast> lapsedCoverage() {
    return coverageInView().stream().filter(o -> o.lapsedAt(date)).toList();
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
