/**
 * Drawing control zones and the front line (from {@code org.situationmap.zones}) under the places,
 * the same way on screen and in exports. FX thread.
 */
package org.situationmap.map.zones;
