/**
 * How current the map is: the notice over the map on dates after the coverage of an oblast that has
 * a place in view ({@code situation.coverage} of the layer).
 */
package org.situationmap.ui.coverage;
