/**
 * Compare mode: {@link org.situationmap.ui.compare.CompareView} picks a second date, and the map
 * marks every place whose status differs between the two dates (through the shared state's compare
 * date), lists each change with its sources and saves the list as CSV or Markdown. Depends on
 * {@code ui.state}, {@code ui.export} (the save dialog seam) and {@code export} (the tables).
 */
package org.situationmap.ui.compare;
