/**
 * The state every view shares: {@link org.situationmap.ui.state.AppState} holds the loaded {@link
 * org.situationmap.layer.Layer}, the selected date and the selected place. Feature packages and the
 * main window depend on it; it depends on none of them, so the {@code ui} packages form no cycle
 * (ArchUnit). FX thread only.
 */
package org.situationmap.ui.state;
