/**
 * Control zones in the app: {@link org.situationmap.ui.zones.ZoneModel} keeps the shared state's
 * zones in step with its layer and date, building their cells off the FX thread. Depends on {@code
 * ui.state} and the toolkit-free {@code zones}; the map and the legend read the zones from the
 * shared state.
 */
package org.situationmap.ui.zones;
