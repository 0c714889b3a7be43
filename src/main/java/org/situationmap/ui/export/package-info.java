/**
 * The export dialogs of the app (File ▸ Export snapshot…, Export animation…) and their background
 * work. Drawing and file writing live in {@link org.situationmap.export}; this package only asks
 * what to export, turns the app's state into an {@link org.situationmap.export.ExportRequest} and
 * reports the outcome. FX thread, except the export jobs it starts.
 */
package org.situationmap.ui.export;
