package org.situationmap.export;

/**
 * What an export draws besides the map.
 *
 * @param title the title and the date in words
 * @param legend the legend with symbols and counts at the date
 * @param scaleBar the scale bar
 * @param attribution basemap and data attribution (always drawn in the CLI)
 */
public record ExportOptions(boolean title, boolean legend, boolean scaleBar, boolean attribution) {
  /** Everything. */
  public static final ExportOptions ALL = new ExportOptions(true, true, true, true);
}
