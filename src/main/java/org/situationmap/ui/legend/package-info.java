/** The legend over the map: each status with the symbol the map draws and its count at the date. */
package org.situationmap.ui.legend;
