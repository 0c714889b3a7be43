/**
 * The timeline bar: date slider, activity strip, playback (a JavaFX {@code Timeline}), stepping by
 * days and by changes, and a field for typing a date (read by {@link
 * org.situationmap.text.Messages#parseDate}).
 */
package org.situationmap.ui.timeline;
