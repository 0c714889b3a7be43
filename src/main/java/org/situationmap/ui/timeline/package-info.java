/**
 * The timeline bar: date slider, activity strip, playback (a JavaFX {@code Timeline}), stepping by
 * days and by changes, and date text in the forms people read and type.
 */
package org.situationmap.ui.timeline;
