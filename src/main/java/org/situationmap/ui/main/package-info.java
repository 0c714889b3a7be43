/**
 * The main window: layout, the map controller, file opening and reloading, keyboard shortcuts. It
 * puts the feature views together; no feature package imports it (ArchUnit). Threads switch only
 * here and in view-models (loading off the FX thread, results on it).
 */
package org.situationmap.ui.main;
