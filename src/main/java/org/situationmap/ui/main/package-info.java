/**
 * The main window: layout, the shared {@link org.situationmap.ui.main.AppState} that every view
 * observes, the map controller, file opening and reloading, keyboard shortcuts. Threads switch only
 * here and in view-models (loading off the FX thread, results on it).
 */
package org.situationmap.ui.main;
