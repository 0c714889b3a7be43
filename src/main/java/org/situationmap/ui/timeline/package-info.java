/**
 * The timeline bar: date slider, activity strip with its year (and month) labels, playback (a
 * JavaFX {@code Timeline}), stepping by days and by changes, zooming into a period with the wheel,
 * and a field for typing a date ({@link org.situationmap.ui.common.DateField}, read by {@link
 * org.situationmap.text.Messages#readDate}).
 */
package org.situationmap.ui.timeline;
