package org.situationmap.ui.export;

import org.situationmap.export.ExportOptions;

/**
 * What the snapshot dialog asked for.
 *
 * @param currentView true to use the map's current size and view; else width × height around it
 * @param width width in logical pixels (ignored for the current view)
 * @param height height in logical pixels (ignored for the current view)
 * @param scale 1 or 2
 * @param title the caption's title
 * @param include what to draw besides the map
 * @param markdown also write the citation Markdown beside the PNG
 */
public record SnapshotSettings(
    boolean currentView,
    int width,
    int height,
    int scale,
    String title,
    ExportOptions include,
    boolean markdown) {}
