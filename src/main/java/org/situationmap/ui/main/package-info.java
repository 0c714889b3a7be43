/**
 * The main window: layout, the map controller, the map's moves (zoom buttons, wheel, fit, resize)
 * and the tooltip over a place, file opening and reloading, keyboard shortcuts. It puts the feature
 * views together; no feature package imports it (ArchUnit). Threads switch only here and in
 * view-models (loading off the FX thread, results on it).
 */
package org.situationmap.ui.main;
